package io.careerledger.query.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.careerledger.events.Expectation;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.Track;
import io.careerledger.events.TrackLevel;

/**
 * A person's ratings against what their track expects at their level and the next, judged by the
 * framework version their level was decided under.
 */
final class CompetencyMatrix {

    private CompetencyMatrix() {
    }

    /** @param ratings oldest first, so a later rating replaces an earlier one */
    static Matrix of(FrameworkDefinition framework, String trackId, int level, List<Rating> ratings) {
        Optional<Track> track = framework.track(trackId);
        Optional<TrackLevel> current = track.flatMap(t -> t.level(level));
        Optional<TrackLevel> next = track.flatMap(t -> t.level(level + 1));
        Map<String, Map<String, Integer>> byRole = new HashMap<>();
        Map<String, Integer> calibrated = new HashMap<>();
        Map<String, Integer> latest = new HashMap<>();
        for (Rating rating : ratings) {
            byRole.computeIfAbsent(rating.competencyId(), ignored -> new HashMap<>()).put(rating.assessorRole(), rating.proficiency());
            if (rating.calibrated() != null) {
                calibrated.put(rating.competencyId(), rating.calibrated());
            }
            // as on nomination: the latest rating counts, its calibrated value when it was calibrated
            latest.put(rating.competencyId(), rating.calibrated() != null ? rating.calibrated() : rating.proficiency());
        }
        List<CompetencyRow> rows = framework.competencies().stream()
                .filter(competency -> latest.containsKey(competency.id()) || expected(current, competency.id()) != null
                        || expected(next, competency.id()) != null)
                .map(competency -> {
                    Map<String, Integer> roles = byRole.getOrDefault(competency.id(), Map.of());
                    Integer rating = latest.get(competency.id());
                    Integer expectedNext = expected(next, competency.id());
                    return new CompetencyRow(competency.id(), competency.name(), roles.get("SELF"), roles.get("MANAGER"),
                            roles.get("PEER"), calibrated.get(competency.id()), rating, expected(current, competency.id()), expectedNext,
                            expectedNext == null ? null : Math.max(0, expectedNext - (rating == null ? 0 : rating)));
                })
                .toList();
        Readiness readiness = next.map(nextLevel -> readiness(nextLevel, latest)).orElse(null);
        return new Matrix(current.map(TrackLevel::title).orElse(null), current.map(TrackLevel::grade).orElse(null), rows, readiness);
    }

    private static Readiness readiness(TrackLevel next, Map<String, Integer> latest) {
        long met = next.expectations().stream()
                .filter(expectation -> latest.getOrDefault(expectation.competencyId(), 0) >= expectation.proficiency())
                .count();
        int expected = next.expectations().size();
        return new Readiness(next.level(), (int) met, expected, met == expected);
    }

    private static Integer expected(Optional<TrackLevel> level, String competencyId) {
        return level.flatMap(l -> l.expectation(competencyId)).map(Expectation::proficiency).orElse(null);
    }

    /** One rating as stored: the role that gave it and, when calibration adjusted it, the adjusted value. */
    record Rating(String competencyId, String assessorRole, int proficiency, Integer calibrated) {
    }

    record Matrix(String title, String grade, List<CompetencyRow> competencies, Readiness readiness) {
    }
}
