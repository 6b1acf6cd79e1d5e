package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approved promotion could not be applied to the person's career (they left, for one); the case keeps why. */
@EventRevision(1)
public record PromotionApplicationFailed(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String caseId,
        @NotNull @Size(max = Limits.TEXT) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
