package io.careerledger.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Someone was nominated for a level on their track. The readiness snapshot keeps what the
 * decision-makers saw, so auditors later see it too.
 *
 * @param skipReason why the nomination skips a level; absent for the next level
 */
@EventRevision(1)
public record PromotionNominated(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String caseId,
        @NotNull @Size(max = Limits.ID) String frameworkId,
        int frameworkVersion,
        @NotNull @Size(max = Limits.ID) String trackId,
        int fromLevel,
        int toLevel,
        @PersonalData @NotNull @Size(max = Limits.TEXT) String justification,
        @PersonalData @Size(max = Limits.REASON) String skipReason,
        @NotNull @Size(max = Limits.ACTOR) String nominatedBy,
        @Valid ReadinessSnapshot readiness) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
