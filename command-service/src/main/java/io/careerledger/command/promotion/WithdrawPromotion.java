package io.careerledger.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawPromotion(@TargetAggregateIdentifier String caseId, String reason) {
}
