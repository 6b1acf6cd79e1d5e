package io.careerledger.events;

/**
 * A note was added to a conversation.
 *
 * @param noteId          chosen by the client, so a retried note is recognised
 * @param visibility      who may read it: everyone who sees the conversation, its author alone, or HR alone
 * @param amendmentReason why the note was added after the conversation was concluded; absent before
 */
@EventRevision(1)
public record ConversationNoteRecorded(
        String conversationId,
        String employeeId,
        String noteId,
        String author,
        String text,
        NoteVisibility visibility,
        String amendmentReason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
