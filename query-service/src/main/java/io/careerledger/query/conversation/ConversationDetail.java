package io.careerledger.query.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.careerledger.events.NoteVisibility;

/**
 * A conversation in full, with the notes its reader may see (oldest first) and every agreement.
 */
record ConversationDetail(@JsonUnwrapped ConversationSummary conversation, String agenda, Instant scheduledAt,
                          String concludedBy, Instant acknowledgedAt, String cancelledBy, String cancellationReason,
                          Instant cancelledAt, List<Note> notes, List<Agreement> agreements) {

    /** @param amendmentReason why it was added after the conclusion; absent before */
    record Note(String noteId, String author, String text, NoteVisibility visibility, String amendmentReason, Instant recordedAt) {
    }

    /** @param amendmentReason why it was added after the conclusion; absent before */
    record Agreement(String agreementId, String description, String ownerId, LocalDate dueDate, String recordedBy,
                     String amendmentReason, Instant recordedAt) {
    }
}
