package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Evidence towards a milestone of the framework was recorded; a manager or the council verifies it. */
@EventRevision(1)
public record MilestoneEvidenceRecorded(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String milestoneId,
        @PersonalData @NotNull @Size(max = Limits.TEXT) String evidence) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
