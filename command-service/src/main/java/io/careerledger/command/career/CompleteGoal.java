package io.careerledger.command.career;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A goal met, with its evidence. */
public record CompleteGoal(
        @TargetAggregateIdentifier String employeeId,
        String goalId,
        List<String> evidence,
        @TargetAggregateVersion Long expectedVersion) {
}
