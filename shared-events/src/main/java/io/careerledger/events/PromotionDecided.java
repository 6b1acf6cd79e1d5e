package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The council or HR decided a case once enough feedback was in.
 *
 * @param effectiveDate when an approved promotion takes effect; absent unless approved
 * @param feedbackCount council members whose stance was on the case when it was decided
 */
@EventRevision(1)
public record PromotionDecided(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String caseId,
        @NotNull PromotionDecision decision,
        @PersonalData @NotNull @Size(max = Limits.TEXT) String rationale,
        @NotNull @Size(max = Limits.ACTOR) String decidedBy,
        LocalDate effectiveDate,
        int feedbackCount) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
