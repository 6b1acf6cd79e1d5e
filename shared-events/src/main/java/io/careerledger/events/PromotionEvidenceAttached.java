package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Evidence for a promotion case, from the nominator, the person themself or HR. */
@EventRevision(1)
public record PromotionEvidenceAttached(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String caseId,
        @NotNull @Size(max = Limits.ID) String evidenceId,
        @PersonalData @NotNull @Size(max = Limits.TEXT) String description,
        @PersonalData @Size(max = Limits.REASON) String link,
        @NotNull @Size(max = Limits.ACTOR) String attachedBy) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
