package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A goal given up, with the reason. */
public record AbandonGoal(
        @TargetAggregateIdentifier String employeeId,
        String goalId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
