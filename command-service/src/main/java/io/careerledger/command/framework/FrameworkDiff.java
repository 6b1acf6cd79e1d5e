package io.careerledger.command.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.careerledger.events.Competency;
import io.careerledger.events.Expectation;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.LevelPolicy;
import io.careerledger.events.Milestone;
import io.careerledger.events.ParityException;
import io.careerledger.events.ProficiencyStep;
import io.careerledger.events.Skill;
import io.careerledger.events.Track;
import io.careerledger.events.TrackLevel;

/**
 * What changed between two versions of a framework. Elements are matched by id (tracks, competencies,
 * milestones), by number (levels, scale steps), by competency (expectations) and by level range
 * (policies: a policy whose range changes shows as removed and added). Changes come in document order:
 * the framework's own fields, scale, competencies, tracks with their levels, policies, parity exceptions.
 */
public final class FrameworkDiff {

    private final List<FrameworkChange> changes = new ArrayList<>();

    private FrameworkDiff() {
    }

    public static List<FrameworkChange> between(FrameworkDefinition before, FrameworkDefinition after) {
        FrameworkDiff diff = new FrameworkDiff();
        diff.value("framework", "name", before.name(), after.name());
        diff.value("framework", "description", before.description(), after.description());
        diff.value("policy", "switchRequiresManagerAgreement",
                String.valueOf(before.switchRequiresManagerAgreement()), String.valueOf(after.switchRequiresManagerAgreement()));
        diff.compare("scale-step", "proficiencyScale", before.proficiencyScale(), after.proficiencyScale(),
                step -> String.valueOf(step.value()), FrameworkDiff::render, null);
        diff.compare("competency", "competencies", before.competencies(), after.competencies(),
                Competency::id, FrameworkDiff::render, null);
        diff.compare("track", "tracks", before.tracks(), after.tracks(),
                Track::id, track -> track.name() + " (" + track.kind() + ")", diff::levels);
        diff.compare("policy", "levelPolicies", before.levelPolicies(), after.levelPolicies(),
                FrameworkDiff::range, FrameworkDiff::render, null);
        diff.compare("parity-exception", "parityExceptions", before.parityExceptions(), after.parityExceptions(),
                e -> e.level() + ":" + String.join(",", e.tracks().stream().sorted().toList()), ParityException::reason, null);
        return List.copyOf(diff.changes);
    }

    private void levels(Track before, Track after) {
        compare("level", "tracks." + after.id() + ".levels", before.levels(), after.levels(),
                level -> String.valueOf(level.level()), FrameworkDiff::render, (a, b) -> levelContents(after, a, b));
    }

    private void levelContents(Track track, TrackLevel before, TrackLevel after) {
        String path = "tracks." + track.id() + ".levels." + after.level();
        compare("expectation", path + ".expectations", before.expectations(), after.expectations(),
                Expectation::competencyId, e -> String.valueOf(e.proficiency()), null);
        compare("milestone", path + ".milestones", before.milestones(), after.milestones(),
                Milestone::id, FrameworkDiff::render, null);
    }

    /**
     * Adds, removes and changes of one kind of element; {@code nested} compares the insides of an element
     * present in both versions (a track's levels), whether or not its own rendering changed.
     */
    private <T> void compare(String what, String path, List<T> before, List<T> after, Function<T, String> key,
            Function<T, String> render, BiConsumer<T, T> nested) {
        Map<String, T> old = byKey(before, key);
        Map<String, T> now = byKey(after, key);
        old.forEach((k, element) -> {
            if (!now.containsKey(k)) {
                changes.add(new FrameworkChange(FrameworkChange.REMOVED, what, path + "." + k, render.apply(element), null));
            }
        });
        now.forEach((k, element) -> {
            T previous = old.get(k);
            if (previous == null) {
                changes.add(new FrameworkChange(FrameworkChange.ADDED, what, path + "." + k, null, render.apply(element)));
                return;
            }
            value(what, path + "." + k, render.apply(previous), render.apply(element));
            if (nested != null) {
                nested.accept(previous, element);
            }
        });
    }

    private void value(String what, String path, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FrameworkChange(FrameworkChange.CHANGED, what, path, before, after));
        }
    }

    private static <T> Map<String, T> byKey(List<T> elements, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        elements.forEach(element -> map.put(key.apply(element), element));
        return map;
    }

    private static String range(LevelPolicy policy) {
        return policy.toLevel() == null ? policy.fromLevel() + "+" : policy.fromLevel() + "-" + policy.toLevel();
    }

    private static String render(ProficiencyStep step) {
        return step.name() + (step.description() == null ? "" : ": " + step.description());
    }

    /** Skills are part of a competency's rendering, so a changed skill set shows as a changed competency. */
    private static String render(Competency competency) {
        return competency.name() + " (" + competency.category() + ")"
                + (competency.description() == null ? "" : ": " + competency.description()) + "; skills "
                + competency.skills().stream().map(Skill::id).toList();
    }

    private static String render(TrackLevel level) {
        return level.title() + ", grade " + level.grade() + ", band " + level.salaryBand();
    }

    private static String render(Milestone milestone) {
        return milestone.description() + " Evidence: " + milestone.evidence() + " Within " + milestone.timeboxMonths() + " months.";
    }

    private static String render(LevelPolicy policy) {
        return "tracks " + (policy.allowedTracks().isEmpty() ? "any" : policy.allowedTracks())
                + ", requires " + policy.requiredCompetencies() + ": " + policy.explanation();
    }
}
