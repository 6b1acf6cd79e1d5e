package io.careerledger.command.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.ReviewPhase;

/** Moves a cycle on to {@code phase}, which must be the one after its current phase. */
public record StartReviewPhase(@TargetAggregateIdentifier String cycleId, ReviewPhase phase) {
}
