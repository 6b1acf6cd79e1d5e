package io.careerledger.events;

/** How far a goal has come, in percent of its measure. */
@EventRevision(1)
public record GoalProgressRecorded(
        String employeeId,
        String goalId,
        int percentComplete,
        String note) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
