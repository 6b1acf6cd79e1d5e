package io.careerledger.command.feedback;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record CloseFeedbackRound(@TargetAggregateIdentifier String roundId) {
}
