package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * HR put a person's record under legal hold: while it holds, their personal data is not erased.
 *
 * @param reason why (a case reference), kept readable: the hold must be explainable after an erasure
 */
@EventRevision(1)
public record LegalHoldPlaced(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.REASON) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
