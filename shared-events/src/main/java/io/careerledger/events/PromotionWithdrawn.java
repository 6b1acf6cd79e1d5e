package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The nominator or HR withdrew a case before it was decided. */
@EventRevision(1)
public record PromotionWithdrawn(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String caseId,
        @PersonalData @NotNull @Size(max = Limits.REASON) String reason,
        @NotNull @Size(max = Limits.ACTOR) String withdrawnBy) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
