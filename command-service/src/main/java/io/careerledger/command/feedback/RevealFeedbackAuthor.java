package io.careerledger.command.feedback;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record RevealFeedbackAuthor(@TargetAggregateIdentifier String roundId, String answerId, String reason) {
}
