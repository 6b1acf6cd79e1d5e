package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A goal given up, with the reason. */
public record AbandonGoal(
        @TargetAggregateIdentifier String employeeId,
        String goalId,
        String reason) {
}
