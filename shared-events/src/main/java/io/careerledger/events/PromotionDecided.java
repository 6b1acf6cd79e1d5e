package io.careerledger.events;

import java.time.LocalDate;

/**
 * The council or HR decided a case once enough feedback was in.
 *
 * @param effectiveDate when an approved promotion takes effect; absent unless approved
 * @param feedbackCount council members whose stance was on the case when it was decided
 */
@EventRevision(1)
public record PromotionDecided(
        String employeeId,
        String caseId,
        PromotionDecision decision,
        String rationale,
        String decidedBy,
        LocalDate effectiveDate,
        int feedbackCount) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
