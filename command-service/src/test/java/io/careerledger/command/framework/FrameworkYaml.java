package io.careerledger.command.framework;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import io.careerledger.events.FrameworkDefinition;

/**
 * A small valid framework document that tests edit line by line, so each test shows only the edit that
 * breaks (or keeps) a rule. Every level is one flow-style line, which keeps the lines unique.
 */
final class FrameworkYaml {

    private static final String BASE = """
            id: small
            name: Small framework
            proficiencyScale:
              - {value: 1, name: Learning}
              - {value: 2, name: Practising}
              - {value: 3, name: Leading}
            competencies:
              - id: craft
                name: Craft
                skills:
                  - {id: quality, name: Quality}
              - id: people
                name: People
            tracks:
              - id: foundation
                name: Foundation
                kind: FOUNDATION
                levels:
                  - {level: 1, title: Starter, grade: G1, salaryBand: B1, expectations: {craft: 1}}
              - id: expert
                name: Expert
                kind: INDIVIDUAL_CONTRIBUTOR
                levels:
                  - level: 2
                    title: Specialist
                    grade: G2
                    salaryBand: B2
                    expectations: {craft: 2}
                    milestones:
                      - {id: portfolio, description: Ships a reviewed project., evidence: The reviews., timeboxMonths: 12}
                  - {level: 3, title: Senior Specialist, grade: G3, salaryBand: B3, expectations: {craft: 3}}
              - id: leader
                name: People leader
                kind: PEOPLE_LEADERSHIP
                levels:
                  - {level: 2, title: Team Lead, grade: G2, salaryBand: B2, expectations: {people: 2}}
                  - {level: 3, title: Manager, grade: G3, salaryBand: B3, expectations: {people: 3, craft: 2}}
            levelPolicies:
              - fromLevel: 1
                toLevel: 1
                allowedTracks: [foundation]
                explanation: Level 1 is on the foundation track.
              - fromLevel: 2
                allowedTracks: [expert, leader]
                explanation: From level 2 people pick the expert or the leader track.
            """;

    private final String text;

    private FrameworkYaml(String text) {
        this.text = text;
    }

    static FrameworkYaml base() {
        return new FrameworkYaml(BASE);
    }

    static FrameworkYaml of(String text) {
        return new FrameworkYaml(text);
    }

    /** Replaces the one occurrence of {@code fragment}; failing loudly if it is not exactly one. */
    FrameworkYaml replace(String fragment, String replacement) {
        line(fragment);
        return new FrameworkYaml(text.replace(fragment, replacement));
    }

    /** Appends lines (indented as at the document's top) at the end. */
    FrameworkYaml append(String lines) {
        return new FrameworkYaml(text + lines);
    }

    /** The 1-based line holding {@code fragment}, which must occur exactly once. */
    int line(String fragment) {
        int at = text.indexOf(fragment);
        if (at < 0 || text.indexOf(fragment, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + fragment + "' must occur exactly once in:\n" + text);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    String text() {
        return text;
    }

    FrameworkDefinition definition() {
        return FrameworkDocuments.read(text);
    }

    /** Each violation as "code path:line", the three things a test pins down. */
    List<String> problems() {
        InvalidFrameworkDocument invalid = catchThrowableOfType(InvalidFrameworkDocument.class, this::definition);
        if (invalid == null) {
            return List.of();
        }
        return invalid.violations().stream().map(v -> v.code() + " " + v.path() + ":" + v.line()).toList();
    }

    /** The expected rendering of a violation at the line holding {@code fragment}. */
    String problem(String code, String path, String fragment) {
        return code + " " + path + ":" + line(fragment);
    }
}
