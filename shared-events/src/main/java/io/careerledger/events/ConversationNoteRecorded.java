package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A note was added to a conversation.
 *
 * @param noteId          chosen by the client, so a retried note is recognised
 * @param visibility      who may read it: everyone who sees the conversation, its author alone, or HR alone
 * @param amendmentReason why the note was added after the conversation was concluded; absent before
 */
@EventRevision(1)
public record ConversationNoteRecorded(
        @NotNull @Size(max = Limits.ID) String conversationId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String noteId,
        @NotNull @Size(max = Limits.ACTOR) String author,
        @PersonalData @NotNull @Size(max = Limits.NOTE) String text,
        @NotNull NoteVisibility visibility,
        @PersonalData @Size(max = Limits.REASON) String amendmentReason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
