package io.careerledger.query.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.careerledger.events.Expectation;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.Track;
import io.careerledger.events.TrackLevel;
import io.careerledger.rules.RatingsInForce;
import io.careerledger.rules.ReadinessRule;

/**
 * A person's ratings against what their track expects at their level and the next, judged by the
 * framework version their level was decided under; readiness for the next level by the rule a
 * nomination records.
 */
public final class CompetencyMatrix {

    private CompetencyMatrix() {
    }

    /**
     * @param ratings            oldest first, so a later rating replaces an earlier one
     * @param verifiedMilestones the milestones verified for the person, of any level
     */
    public static Matrix of(FrameworkDefinition framework, String trackId, int level, List<Rating> ratings,
                            Set<String> verifiedMilestones) {
        Optional<Track> track = framework.track(trackId);
        Optional<TrackLevel> current = track.flatMap(t -> t.level(level));
        Optional<TrackLevel> next = track.flatMap(t -> t.level(level + 1));
        Map<String, Map<String, Integer>> byRole = new HashMap<>();
        Map<String, Integer> calibrated = new HashMap<>();
        RatingsInForce inForce = new RatingsInForce();
        for (Rating rating : ratings) {
            byRole.computeIfAbsent(rating.competencyId(), ignored -> new HashMap<>()).put(rating.assessorRole(), rating.proficiency());
            inForce.assessed(rating.competencyId(), rating.assessmentId(), rating.proficiency());
            if (rating.calibrated() != null) {
                calibrated.put(rating.competencyId(), rating.calibrated());
                inForce.calibrated(rating.competencyId(), rating.assessmentId(), rating.calibrated());
            }
        }
        List<CompetencyRow> rows = framework.competencies().stream()
                .filter(competency -> inForce.of(competency.id()).isPresent() || expected(current, competency.id()) != null
                        || expected(next, competency.id()) != null)
                .map(competency -> {
                    Map<String, Integer> roles = byRole.getOrDefault(competency.id(), Map.of());
                    Integer rating = inForce.of(competency.id()).map(RatingsInForce.Rating::proficiency).orElse(null);
                    Integer expectedNext = expected(next, competency.id());
                    return new CompetencyRow(competency.id(), competency.name(), roles.get("SELF"), roles.get("MANAGER"),
                            roles.get("PEER"), calibrated.get(competency.id()), rating, expected(current, competency.id()), expectedNext,
                            expectedNext == null ? null : Math.max(0, expectedNext - (rating == null ? 0 : rating)));
                })
                .toList();
        Readiness readiness = next.map(nextLevel -> Readiness.of(nextLevel.level(),
                ReadinessRule.verdict(ReadinessRule.snapshot(nextLevel, inForce, verifiedMilestones, List.of(), List.of()))))
                .orElse(null);
        return new Matrix(rows, readiness);
    }

    private static Integer expected(Optional<TrackLevel> level, String competencyId) {
        return level.flatMap(l -> l.expectation(competencyId)).map(Expectation::proficiency).orElse(null);
    }

    /** One rating as stored: the role that gave it and, when calibration adjusted it, the adjusted value. */
    public record Rating(String competencyId, String assessmentId, String assessorRole, int proficiency, Integer calibrated) {
    }

    /** The competency rows and the readiness for the next level (the position itself is the employee package's). */
    public record Matrix(List<CompetencyRow> competencies, Readiness readiness) {
    }
}
