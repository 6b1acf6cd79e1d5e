package io.careerledger.command.framework;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import io.careerledger.events.Competency;
import io.careerledger.events.Expectation;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.LevelPolicy;
import io.careerledger.events.Limits;
import io.careerledger.events.Milestone;
import io.careerledger.events.ParityException;
import io.careerledger.events.ProficiencyStep;
import io.careerledger.events.Skill;
import io.careerledger.events.Track;
import io.careerledger.events.TrackLevel;

/**
 * Reads a framework YAML document into a {@link FrameworkDefinition}, remembering where each element
 * came from. Uses SnakeYAML's node API (never its object construction, so a document cannot instantiate
 * arbitrary types) because nodes carry line numbers. Structural problems become violations; a missing
 * or mistyped number reads as 0 and the violation at its path hides any follow-up rule failing there.
 */
final class FrameworkDocumentReader {

    /** What reading produced; {@code definition} is {@code null} when the document is not YAML at all. */
    record Read(FrameworkDefinition definition, SourceMap source, Violations violations) {
    }

    private static final List<String> DOCUMENT = List.of("id", "name", "description", "proficiencyScale",
            "competencies", "tracks", "levelPolicies", "parityExceptions", "switchRequiresManagerAgreement");
    private static final List<String> STEP = List.of("value", "name", "description");
    private static final List<String> COMPETENCY = List.of("id", "name", "description", "category", "skills");
    private static final List<String> SKILL = List.of("id", "name", "description");
    private static final List<String> TRACK = List.of("id", "name", "kind", "levels");
    private static final List<String> LEVEL = List.of("level", "title", "grade", "salaryBand", "expectations", "milestones");
    private static final List<String> MILESTONE = List.of("id", "description", "evidence", "timeboxMonths");
    private static final List<String> POLICY = List.of("fromLevel", "toLevel", "allowedTracks", "requiredCompetencies", "explanation");
    private static final List<String> PARITY_EXCEPTION = List.of("level", "tracks", "reason");

    Read read(String yaml) {
        return read(new StringReader(yaml));
    }

    Read read(Reader yaml) {
        SourceMap source = new SourceMap();
        Violations violations = new Violations(source);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(yaml);
        } catch (MarkedYAMLException e) {
            source.line("", e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1);
            String context = e.getContext() == null ? "" : e.getContext() + ", ";
            violations.add(FrameworkViolation.MALFORMED_DOCUMENT, "", "Not valid YAML: " + context + e.getProblem() + ".");
            return new Read(null, source, violations);
        } catch (YAMLException e) {
            violations.add(FrameworkViolation.MALFORMED_DOCUMENT, "", "Not valid YAML: " + e.getMessage());
            return new Read(null, source, violations);
        }
        if (root == null) {
            violations.add(FrameworkViolation.MALFORMED_DOCUMENT, "", "The document is empty.");
            return new Read(null, source, violations);
        }
        if (!(root instanceof MappingNode)) {
            violations.add(FrameworkViolation.MALFORMED_DOCUMENT, "", "A framework document is a mapping of fields: id, name, tracks, …");
            return new Read(null, source, violations);
        }
        YamlMapping document = YamlMapping.of(root, "", DOCUMENT, source, violations);
        return new Read(definition(document), source, violations);
    }

    private static FrameworkDefinition definition(YamlMapping doc) {
        return new FrameworkDefinition(
                doc.text("id", true, Limits.ID),
                doc.text("name", true, Limits.NAME),
                doc.text("description", false, Limits.TEXT),
                doc.list("proficiencyScale", true, STEP, step -> new ProficiencyStep(
                        number(step.integer("value", true)), step.text("name", true, Limits.NAME), step.text("description", false, Limits.TEXT))),
                doc.list("competencies", true, COMPETENCY, FrameworkDocumentReader::competency),
                doc.list("tracks", true, TRACK, FrameworkDocumentReader::track),
                doc.list("levelPolicies", false, POLICY, policy -> new LevelPolicy(
                        number(policy.integer("fromLevel", true)),
                        policy.integer("toLevel", false),
                        policy.texts("allowedTracks", false, Limits.ID),
                        policy.texts("requiredCompetencies", false, Limits.ID),
                        policy.text("explanation", true, Limits.REASON))),
                doc.list("parityExceptions", false, PARITY_EXCEPTION, exception -> new ParityException(
                        number(exception.integer("level", true)),
                        exception.texts("tracks", true, Limits.ID),
                        exception.text("reason", true, Limits.REASON))),
                doc.flag("switchRequiresManagerAgreement", true));
    }

    private static Competency competency(YamlMapping competency) {
        return new Competency(
                competency.text("id", true, Limits.ID),
                competency.text("name", true, Limits.NAME),
                competency.text("description", false, Limits.TEXT),
                competency.text("category", false, Limits.NAME),
                competency.list("skills", false, SKILL, skill -> new Skill(
                        skill.text("id", true, Limits.ID), skill.text("name", true, Limits.NAME), skill.text("description", false, Limits.TEXT))));
    }

    private static Track track(YamlMapping track) {
        return new Track(
                track.text("id", true, Limits.ID),
                track.text("name", true, Limits.NAME),
                track.text("kind", true, Limits.NAME),
                track.list("levels", true, LEVEL, FrameworkDocumentReader::level));
    }

    private static TrackLevel level(YamlMapping level) {
        List<Expectation> expectations = level.numbersByName("expectations", false).entrySet().stream()
                .map(e -> new Expectation(e.getKey(), e.getValue()))
                .toList();
        return new TrackLevel(
                number(level.integer("level", true)),
                level.text("title", true, Limits.NAME),
                level.text("grade", true, Limits.NAME),
                level.text("salaryBand", true, Limits.NAME),
                expectations,
                level.list("milestones", false, MILESTONE, milestone -> new Milestone(
                        milestone.text("id", true, Limits.ID),
                        milestone.text("description", true, Limits.TEXT),
                        milestone.text("evidence", true, Limits.TEXT),
                        number(milestone.integer("timeboxMonths", true)))));
    }

    private static int number(Integer value) {
        return Objects.requireNonNullElse(value, 0);
    }
}
