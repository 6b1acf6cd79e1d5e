package io.careerledger.command.conversation;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param amendmentReason required once the conversation is concluded */
record RecordConversationAgreement(
        @TargetAggregateIdentifier String conversationId,
        String agreementId,
        String description,
        String ownerId,
        LocalDate dueDate,
        String amendmentReason) {
}
