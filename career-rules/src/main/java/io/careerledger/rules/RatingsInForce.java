package io.careerledger.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.CompetencyAssessed;

/**
 * The rating of each competency that counts: the latest assessment, whoever gave it, and its
 * calibrated value when calibration adjusted it. Fed oldest first.
 */
public final class RatingsInForce {

    private final Map<String, Rating> byCompetency = new LinkedHashMap<>();

    /** A new assessment replaces any earlier one of the competency. */
    public void assessed(String competencyId, String assessmentId, int proficiency) {
        byCompetency.put(competencyId, new Rating(assessmentId, proficiency));
    }

    /** Calibration counts only on the assessment in force: calibrating one a later assessment replaced changes nothing. */
    public void calibrated(String competencyId, String assessmentId, int proficiency) {
        Rating current = byCompetency.get(competencyId);
        if (current != null && current.assessmentId().equals(assessmentId)) {
            byCompetency.put(competencyId, new Rating(assessmentId, proficiency));
        }
    }

    public void on(CompetencyAssessed event) {
        assessed(event.competencyId(), event.assessmentId(), event.proficiency());
    }

    public void on(AssessmentCalibrated event) {
        calibrated(event.competencyId(), event.assessmentId(), event.proficiency());
    }

    /** @return empty when the competency was never assessed */
    public Optional<Rating> of(String competencyId) {
        return Optional.ofNullable(byCompetency.get(competencyId));
    }

    /** @param assessmentId the assessment the rating comes from */
    public record Rating(String assessmentId, int proficiency) {
    }
}
