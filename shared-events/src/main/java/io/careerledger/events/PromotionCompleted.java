package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approved case's promotion is on the person's career: the case is done. */
@EventRevision(1)
public record PromotionCompleted(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String caseId,
        int toLevel) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
