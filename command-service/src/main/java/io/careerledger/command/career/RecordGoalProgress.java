package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** How far a goal has come. */
public record RecordGoalProgress(
        @TargetAggregateIdentifier String employeeId,
        String goalId,
        int percentComplete,
        String note) {
}
