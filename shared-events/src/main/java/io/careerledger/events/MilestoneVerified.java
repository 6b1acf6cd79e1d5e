package io.careerledger.events;

/** A manager or the council checked the evidence and verified the milestone. */
@EventRevision(1)
public record MilestoneVerified(
        String employeeId,
        String milestoneId,
        String verifiedBy) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
