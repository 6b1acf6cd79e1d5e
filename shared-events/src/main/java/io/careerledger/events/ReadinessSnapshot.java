package io.careerledger.events;

import java.util.List;

/**
 * What the decision-makers saw at nomination: every expectation of the target level against the
 * person's latest rating (the calibrated value when calibrated), the level's milestones, their goals.
 */
public record ReadinessSnapshot(List<ExpectationReadiness> expectations, List<MilestoneReadiness> milestones,
        List<String> openGoalIds, List<String> completedGoalIds) {

    public ReadinessSnapshot {
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        openGoalIds = openGoalIds == null ? List.of() : List.copyOf(openGoalIds);
        completedGoalIds = completedGoalIds == null ? List.of() : List.copyOf(completedGoalIds);
    }

    /**
     * @param assessed     the latest rating, calibrated when it was; absent when never assessed
     * @param assessmentId the assessment it comes from; absent when never assessed
     */
    public record ExpectationReadiness(String competencyId, int expected, Integer assessed, String assessmentId, boolean met) {
    }

    public record MilestoneReadiness(String milestoneId, boolean verified) {
    }
}
