package io.careerledger.events;

/** Evidence towards a milestone of the framework was recorded; a manager or the council verifies it. */
@EventRevision(1)
public record MilestoneEvidenceRecorded(
        String employeeId,
        String milestoneId,
        String evidence) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
