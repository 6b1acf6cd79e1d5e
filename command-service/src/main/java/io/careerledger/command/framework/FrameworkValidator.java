package io.careerledger.command.framework;

import static io.careerledger.command.framework.FrameworkViolation.DUPLICATE_ID;
import static io.careerledger.command.framework.FrameworkViolation.INVALID_VALUE;
import static io.careerledger.command.framework.FrameworkViolation.LEVEL_NUMBERING_GAP;
import static io.careerledger.command.framework.FrameworkViolation.PARITY_BROKEN;
import static io.careerledger.command.framework.FrameworkViolation.POLICY_REQUIREMENT_UNMET;
import static io.careerledger.command.framework.FrameworkViolation.POLICY_UNKNOWN_TRACK;
import static io.careerledger.command.framework.FrameworkViolation.PROFICIENCY_OFF_SCALE;
import static io.careerledger.command.framework.FrameworkViolation.SCALE_NUMBERING_GAP;
import static io.careerledger.command.framework.FrameworkViolation.UNKNOWN_COMPETENCY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 * The rules a framework document must follow beyond its shape (docs/framework-format.md lists them).
 * Every rule runs and every problem is reported, so an author fixes a document in one pass. A rule
 * failing where the reader already found the field missing or mistyped is not reported again.
 */
final class FrameworkValidator {

    private static final Pattern UPPER_SNAKE_CASE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** Ids travel in URLs and in every record that refers to them, so they are plain lower-case slugs. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** Taken by the API's own paths ({@code /api/frameworks/samples/{sampleId}}). */
    private static final Set<String> RESERVED_FRAMEWORK_IDS = Set.of("samples");

    private final FrameworkDefinition framework;
    private final SourceMap source;
    private final Set<String> unreadable;
    private final Violations violations;

    private FrameworkValidator(FrameworkDocumentReader.Read read) {
        this.framework = read.definition();
        this.source = read.source();
        this.unreadable = read.violations().all().stream().map(FrameworkViolation::path).collect(Collectors.toSet());
        this.violations = new Violations(read.source());
    }

    /** The rule violations of a read document (not repeating the reader's own). */
    static List<FrameworkViolation> validate(FrameworkDocumentReader.Read read) {
        if (read.definition() == null) {
            return List.of();
        }
        FrameworkValidator validator = new FrameworkValidator(read);
        validator.scale();
        validator.frameworkId();
        validator.uniqueIds();
        validator.tracks();
        validator.policies();
        validator.parityExceptions();
        validator.parity();
        return validator.violations.all();
    }

    private void scale() {
        List<ProficiencyStep> steps = framework.proficiencyScale();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).value() != i + 1) {
                report(SCALE_NUMBERING_GAP, at(steps.get(i), "value"), "Step " + (i + 1) + " of the scale has value "
                        + steps.get(i).value() + "; steps are numbered 1, 2, 3 … in order, so a higher value means more proficient.");
            }
        }
    }

    private void frameworkId() {
        String id = framework.frameworkId();
        if (id != null && RESERVED_FRAMEWORK_IDS.contains(id)) {
            report(INVALID_VALUE, "id", "Framework id '" + id + "' is taken by the API's own paths; choose another.");
        }
        slug("Framework", "id", id);
    }

    private void slug(String kind, String path, String id) {
        if (id != null && !ID.matcher(id).matches()) {
            report(INVALID_VALUE, path, kind + " id '" + id + "' must be lower-case letters, digits and hyphens,"
                    + " at most 63, starting with a letter or digit (e.g. 'people-leader'): ids appear in URLs.");
        }
    }

    /** Ids are unique across the whole framework, since people's records refer to them without context. */
    private void uniqueIds() {
        UniqueIds competencies = new UniqueIds("Competency");
        UniqueIds skills = new UniqueIds("Skill");
        UniqueIds tracks = new UniqueIds("Track");
        UniqueIds milestones = new UniqueIds("Milestone");
        for (Competency competency : framework.competencies()) {
            competencies.check(competency, competency.id());
            competency.skills().forEach(skill -> skills.check(skill, skill.id()));
        }
        for (Track track : framework.tracks()) {
            tracks.check(track, track.id());
            track.levels().forEach(level -> level.milestones().forEach(m -> milestones.check(m, m.id())));
        }
    }

    private void tracks() {
        for (Track track : framework.tracks()) {
            if (track.kind() != null && !UPPER_SNAKE_CASE.matcher(track.kind()).matches()) {
                report(INVALID_VALUE, at(track, "kind"), "Track kind '" + track.kind()
                        + "' must be upper snake case, e.g. INDIVIDUAL_CONTRIBUTOR, PEOPLE_LEADERSHIP, FOUNDATION.");
            }
            levelNumbering(track);
            for (TrackLevel level : track.levels()) {
                level.expectations().forEach(expectation -> expectation(level, expectation));
                level.milestones().forEach(this::milestone);
            }
        }
    }

    /** Levels ascend one by one; a track may start above 1 (a leadership variant starting at level 5). */
    private void levelNumbering(Track track) {
        List<TrackLevel> levels = track.levels();
        for (int i = 0; i < levels.size(); i++) {
            TrackLevel level = levels.get(i);
            if (i == 0 && level.level() < 1) {
                report(INVALID_VALUE, at(level, "level"), "Levels are numbered from 1.");
            } else if (i > 0 && level.level() != levels.get(i - 1).level() + 1) {
                report(LEVEL_NUMBERING_GAP, at(level, "level"), "Level " + level.level() + " follows level "
                        + levels.get(i - 1).level() + " on track '" + track.id()
                        + "'; a track's levels are consecutive and in ascending order.");
            }
        }
    }

    private void expectation(TrackLevel level, Expectation expectation) {
        String path = at(level, "expectations") + "." + expectation.competencyId();
        if (framework.competency(expectation.competencyId()).isEmpty()) {
            report(UNKNOWN_COMPETENCY, path, "No competency '" + expectation.competencyId() + "' in this framework.");
        }
        if (!framework.proficiencyScale().isEmpty() && !framework.isOnScale(expectation.proficiency())) {
            report(PROFICIENCY_OFF_SCALE, path, "Proficiency " + expectation.proficiency()
                    + " is not on the scale (1–" + framework.maxProficiency() + ").");
        }
    }

    private void milestone(Milestone milestone) {
        if (milestone.timeboxMonths() < 1) {
            report(INVALID_VALUE, at(milestone, "timeboxMonths"),
                    "A milestone is time-bound: timeboxMonths must be at least 1.");
        }
    }

    private void policies() {
        for (LevelPolicy policy : framework.levelPolicies()) {
            if (policy.fromLevel() < 1) {
                report(INVALID_VALUE, at(policy, "fromLevel"), "Levels are numbered from 1.");
            }
            if (policy.toLevel() != null && policy.toLevel() < policy.fromLevel()) {
                report(INVALID_VALUE, at(policy, "toLevel"), "toLevel " + policy.toLevel()
                        + " is below fromLevel " + policy.fromLevel() + ".");
            }
            knownTracks(policy.allowedTracks(), at(policy, "allowedTracks"));
            List<String> required = policy.requiredCompetencies();
            for (int i = 0; i < required.size(); i++) {
                if (framework.competency(required.get(i)).isEmpty()) {
                    report(UNKNOWN_COMPETENCY, at(policy, "requiredCompetencies") + "[" + i + "]",
                            "No competency '" + required.get(i) + "' in this framework.");
                }
            }
            requirementsMet(policy);
        }
    }

    /** Every level a policy lets people be on expects the competencies the policy requires. */
    private void requirementsMet(LevelPolicy policy) {
        List<String> required = policy.requiredCompetencies().stream()
                .filter(id -> framework.competency(id).isPresent())
                .toList();
        for (Track track : identifiedTracks()) {
            if (!policy.allows(track.id())) {
                continue;
            }
            for (TrackLevel level : track.levels()) {
                List<String> missing = required.stream()
                        .filter(id -> policy.covers(level.level()) && level.expectation(id).isEmpty())
                        .toList();
                if (!missing.isEmpty()) {
                    report(POLICY_REQUIREMENT_UNMET, at(level, "expectations"), "Level " + level.level() + " on track '"
                            + track.id() + "' must expect " + missing + ": " + policy.explanation());
                }
            }
        }
    }

    private void parityExceptions() {
        for (ParityException exception : framework.parityExceptions()) {
            if (exception.level() < 1) {
                report(INVALID_VALUE, at(exception, "level"), "Levels are numbered from 1.");
            }
            if (exception.tracks().size() == 1) {
                report(INVALID_VALUE, at(exception, "tracks"), "A parity exception names at least two tracks.");
            }
            knownTracks(exception.tracks(), at(exception, "tracks"));
        }
    }

    private void knownTracks(List<String> trackIds, String path) {
        for (int i = 0; i < trackIds.size(); i++) {
            if (framework.track(trackIds.get(i)).isEmpty()) {
                report(POLICY_UNKNOWN_TRACK, path + "[" + i + "]", "No track '" + trackIds.get(i) + "' in this framework.");
            }
        }
    }

    /**
     * Equal recognition: a level number pays the same grade and band on every track that has it, unless a
     * parity exception for that level names both tracks. Reported once per level that differs from tracks
     * earlier in the document, at the first field that differs.
     */
    private void parity() {
        Map<Integer, List<Track>> seen = new HashMap<>();
        for (Track track : identifiedTracks()) {
            for (TrackLevel level : track.levels()) {
                if (level.grade() == null || level.salaryBand() == null) {
                    continue; // already reported missing
                }
                List<Track> earlier = seen.computeIfAbsent(level.level(), n -> new ArrayList<>());
                List<String> unequal = earlier.stream()
                        .filter(other -> !samePay(other.level(level.level()).orElseThrow(), level))
                        .filter(other -> framework.parityExceptions().stream()
                                .noneMatch(e -> e.covers(level.level(), other.id(), track.id())))
                        .map(Track::id)
                        .toList();
                if (!unequal.isEmpty()) {
                    TrackLevel reference = framework.track(unequal.get(0)).flatMap(t -> t.level(level.level())).orElseThrow();
                    String field = Objects.equals(reference.grade(), level.grade()) ? "salaryBand" : "grade";
                    report(PARITY_BROKEN, at(level, field), "Level " + level.level() + " on track '" + track.id()
                            + "' (grade " + level.grade() + ", band " + level.salaryBand() + ") differs from " + unequal
                            + " (grade " + reference.grade() + ", band " + reference.salaryBand() + "); the same level"
                            + " has the same grade and band on every track, unless a parity exception for level "
                            + level.level() + " names these tracks with a reason.");
                }
                earlier.add(track);
            }
        }
    }

    /** Tracks without an id are already reported missing one; rules about tracks skip them. */
    private List<Track> identifiedTracks() {
        return framework.tracks().stream().filter(track -> track.id() != null).toList();
    }

    private static boolean samePay(TrackLevel a, TrackLevel b) {
        return Objects.equals(a.grade(), b.grade()) && Objects.equals(a.salaryBand(), b.salaryBand());
    }

    private String at(Object element, String field) {
        return SourceMap.child(source.pathOf(element), field);
    }

    private void report(String code, String path, String message) {
        if (!unreadable.contains(path)) {
            violations.add(code, path, message);
        }
    }

    /** Reports the second and later uses of an id, pointing back at the first. */
    private final class UniqueIds {

        private final String kind;
        private final Map<String, Object> first = new HashMap<>();

        UniqueIds(String kind) {
            this.kind = kind;
        }

        void check(Object element, String id) {
            if (id == null) {
                return;
            }
            slug(kind, at(element, "id"), id);
            Object earlier = first.putIfAbsent(id, element);
            if (earlier != null) {
                report(DUPLICATE_ID, at(element, "id"), kind + " id '" + id + "' is already used at "
                        + source.pathOf(earlier) + " (line " + source.lineOf(source.pathOf(earlier)) + ").");
            }
        }
    }
}
