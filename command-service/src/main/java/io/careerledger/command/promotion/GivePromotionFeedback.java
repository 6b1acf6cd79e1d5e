package io.careerledger.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.FeedbackStance;

/** A council member's stance on an open case; giving another replaces their current one. */
public record GivePromotionFeedback(
        @TargetAggregateIdentifier String caseId,
        FeedbackStance stance,
        String comment) {
}
