package io.careerledger.command.conversation;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.ConversationKind;

/** @param participants who takes part besides the employee and the scheduler (they always do) */
record ScheduleConversation(
        @TargetAggregateIdentifier String conversationId,
        String employeeId,
        ConversationKind kind,
        List<String> participants,
        Instant scheduledFor,
        String reviewCycleId,
        String agenda) {

    ScheduleConversation {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
