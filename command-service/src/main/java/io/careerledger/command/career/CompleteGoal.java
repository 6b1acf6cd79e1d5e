package io.careerledger.command.career;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A goal met, with its evidence. */
public record CompleteGoal(
        @TargetAggregateIdentifier String employeeId,
        String goalId,
        List<String> evidence) {
}
