package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manager or the council checked the evidence and verified the milestone. */
@EventRevision(1)
public record MilestoneVerified(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String milestoneId,
        @NotNull @Size(max = Limits.ACTOR) String verifiedBy) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
