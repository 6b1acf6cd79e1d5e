package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** HR lifted the legal hold on a person's record: an erasure may go ahead again. */
@EventRevision(1)
public record LegalHoldLifted(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.REASON) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
