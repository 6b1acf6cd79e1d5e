package io.careerledger.events;

import java.time.LocalDate;

/** An observable, time-bound goal, optionally towards a competency or a milestone. */
@EventRevision(1)
public record GoalSet(
        String employeeId,
        String goalId,
        String title,
        String measure,
        LocalDate dueDate,
        String competencyId,
        String milestoneId,
        String conversationId) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
