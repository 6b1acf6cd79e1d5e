package io.careerledger.command.feedback;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.FeedbackInvitee;

/** @param employeeId the person the feedback is about */
record OpenFeedbackRound(
        @TargetAggregateIdentifier String roundId,
        String employeeId,
        List<String> competencyIds,
        List<FeedbackInvitee> invitees) {

    OpenFeedbackRound {
        competencyIds = List.copyOf(competencyIds);
        invitees = List.copyOf(invitees);
    }
}
