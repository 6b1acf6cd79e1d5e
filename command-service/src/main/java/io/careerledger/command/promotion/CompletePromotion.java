package io.careerledger.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by {@link PromotionSaga} once the person's career applied the approved promotion. */
public record CompletePromotion(@TargetAggregateIdentifier String caseId) {
}
