package io.careerledger.events;

/** A goal was given up, and why. */
@EventRevision(1)
public record GoalAbandoned(
        String employeeId,
        String goalId,
        String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
