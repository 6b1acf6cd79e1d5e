package io.careerledger.command.feedback;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.FeedbackRating;

record GiveFeedback(
        @TargetAggregateIdentifier String roundId,
        String answerId,
        List<FeedbackRating> ratings,
        String comment) {

    GiveFeedback {
        ratings = List.copyOf(ratings);
    }
}
