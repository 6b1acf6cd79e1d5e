package io.careerledger.events;

import java.util.List;

/** A goal was met, with the evidence that shows it. */
@EventRevision(1)
public record GoalCompleted(
        String employeeId,
        String goalId,
        List<String> evidence) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
