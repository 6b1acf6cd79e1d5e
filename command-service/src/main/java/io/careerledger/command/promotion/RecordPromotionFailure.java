package io.careerledger.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by {@link PromotionSaga} when the person's career refused an approved promotion. */
public record RecordPromotionFailure(@TargetAggregateIdentifier String caseId, String reason) {
}
