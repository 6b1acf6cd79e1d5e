package io.careerledger.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One version of a career framework as authored (framework-as-code): its scale, competencies, tracks,
 * level policies and parity exceptions. A value, not an event: events carry it or refer to it.
 *
 * @param switchRequiresManagerAgreement whether a track switch needs the line manager's agreement
 */
public record FrameworkDefinition(@NotNull @Size(max = Limits.ID) String frameworkId, @NotNull @Size(max = Limits.NAME) String name, @Size(max = Limits.TEXT) String description,
        @NotNull @Valid List<ProficiencyStep> proficiencyScale, @NotNull @Valid List<Competency> competencies, @NotNull @Valid List<Track> tracks,
        @NotNull @Valid List<LevelPolicy> levelPolicies, @NotNull @Valid List<ParityException> parityExceptions,
        boolean switchRequiresManagerAgreement) {

    public FrameworkDefinition {
        proficiencyScale = proficiencyScale == null ? List.of() : List.copyOf(proficiencyScale);
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        levelPolicies = levelPolicies == null ? List.of() : List.copyOf(levelPolicies);
        parityExceptions = parityExceptions == null ? List.of() : List.copyOf(parityExceptions);
    }

    public Optional<Track> track(String trackId) {
        return tracks.stream().filter(t -> Objects.equals(t.id(), trackId)).findFirst();
    }

    public Optional<Competency> competency(String competencyId) {
        return competencies.stream().filter(c -> Objects.equals(c.id(), competencyId)).findFirst();
    }

    /** The highest value on the proficiency scale; 0 for an empty scale. */
    public int maxProficiency() {
        return proficiencyScale.stream().mapToInt(ProficiencyStep::value).max().orElse(0);
    }

    public boolean isOnScale(int proficiency) {
        return proficiencyScale.stream().anyMatch(step -> step.value() == proficiency);
    }

    /** The policies that apply at a level; every one of them must allow a track chosen there. */
    public List<LevelPolicy> policiesAt(int level) {
        return levelPolicies.stream().filter(p -> p.covers(level)).toList();
    }

    /**
     * Why someone at {@code level} may not be on {@code trackId}, written for a person; empty when the
     * choice is allowed: the track exists, every policy covering the level allows it, and it has that level.
     */
    public Optional<String> trackRefusal(String trackId, int level) {
        Optional<Track> track = track(trackId);
        if (track.isEmpty()) {
            return Optional.of("The framework has no track '" + trackId + "'.");
        }
        // a policy's explanation tells people more than "no such level", so it goes first
        Optional<String> refusedByPolicy = policiesAt(level).stream()
                .filter(policy -> !policy.allows(trackId))
                .findFirst()
                .map(policy -> stripPeriod(policy.explanation()) + "; " + whereAllowed(track.get()) + ".");
        if (refusedByPolicy.isPresent() || track.get().level(level).isPresent()) {
            return refusedByPolicy;
        }
        return Optional.of("Track '" + trackId + "' has no level " + level + "; " + whereAllowed(track.get()) + ".");
    }

    private String whereAllowed(Track track) {
        List<Integer> allowed = track.levels().stream()
                .map(TrackLevel::level)
                .filter(level -> policiesAt(level).stream().allMatch(p -> p.allows(track.id())))
                .toList();
        return allowed.isEmpty()
                ? "'" + track.id() + "' is not allowed at any level"
                : "'" + track.id() + "' is allowed at " + ranges(allowed);
    }

    /** "level 2", "levels 2–4", "levels 2–4 and 6" from ascending level numbers. */
    private static String ranges(List<Integer> levels) {
        List<String> parts = new ArrayList<>();
        int start = levels.get(0);
        int previous = start;
        for (int level : levels.subList(1, levels.size())) {
            if (level != previous + 1) {
                parts.add(range(start, previous));
                start = level;
            }
            previous = level;
        }
        parts.add(range(start, previous));
        return (levels.size() == 1 ? "level " : "levels ") + String.join(" and ", parts);
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    private static String stripPeriod(String sentence) {
        if (sentence == null) {
            return "A level policy does not allow this track here";
        }
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
