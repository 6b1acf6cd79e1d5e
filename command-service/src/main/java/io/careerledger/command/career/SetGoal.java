package io.careerledger.command.career;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An observable, time-bound goal. */
public record SetGoal(
        @TargetAggregateIdentifier String employeeId,
        String goalId,
        String title,
        String measure,
        LocalDate dueDate,
        String competencyId,
        String milestoneId,
        String conversationId,
        @TargetAggregateVersion Long expectedVersion) {
}
