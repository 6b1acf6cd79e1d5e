package io.careerledger.events;

/** The person now reports to another line manager. */
@EventRevision(1)
public record ManagerChanged(
        String employeeId,
        String previousManagerId,
        String managerId) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
