package io.careerledger.command.promotion;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.PromotionDecision;

/**
 * @param effectiveDate    when an approval takes effect; the day of the decision when absent
 * @param requiredFeedback council stances the case needs before it can be decided (configuration)
 */
public record DecidePromotion(
        @TargetAggregateIdentifier String caseId,
        PromotionDecision decision,
        String rationale,
        LocalDate effectiveDate,
        int requiredFeedback) {
}
