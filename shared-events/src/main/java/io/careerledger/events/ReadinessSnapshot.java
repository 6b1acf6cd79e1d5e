package io.careerledger.events;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the decision-makers saw at nomination: every expectation of the target level against the
 * person's latest rating (the calibrated value when calibrated), the level's milestones, their goals.
 */
public record ReadinessSnapshot(@NotNull @Valid List<ExpectationReadiness> expectations, @NotNull @Valid List<MilestoneReadiness> milestones,
        @NotNull List<@NotNull @Size(max = Limits.ID) String> openGoalIds, @NotNull List<@NotNull @Size(max = Limits.ID) String> completedGoalIds) {

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
    public record ExpectationReadiness(@NotNull @Size(max = Limits.ID) String competencyId, int expected, Integer assessed, @Size(max = Limits.ID) String assessmentId, boolean met) {
    }

    public record MilestoneReadiness(@NotNull @Size(max = Limits.ID) String milestoneId, boolean verified) {
    }
}
