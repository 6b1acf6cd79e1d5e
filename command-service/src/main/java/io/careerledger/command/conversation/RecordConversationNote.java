package io.careerledger.command.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.NoteVisibility;

/** @param amendmentReason required once the conversation is concluded */
record RecordConversationNote(
        @TargetAggregateIdentifier String conversationId,
        String noteId,
        String text,
        NoteVisibility visibility,
        String amendmentReason) {
}
