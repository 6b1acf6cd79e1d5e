package io.careerledger.command.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseReviewCycle(@TargetAggregateIdentifier String cycleId) {
}
