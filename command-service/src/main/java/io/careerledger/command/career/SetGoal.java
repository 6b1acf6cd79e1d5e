package io.careerledger.command.career;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An observable, time-bound goal. */
public record SetGoal(
        @TargetAggregateIdentifier String employeeId,
        String goalId,
        String title,
        String measure,
        LocalDate dueDate,
        String competencyId,
        String milestoneId,
        String conversationId) {
}
