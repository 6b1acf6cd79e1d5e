package io.careerledger.query.conversation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.NoteVisibility;
import io.careerledger.events.PersonalDataCipher;

/** A note as written; {@link #visibleTo} decides who reads it. */
@Entity
@Table(name = "conversation_note")
@IdClass(ConversationNote.Key.class)
class ConversationNote {

    @Id
    private String conversationId;
    @Id
    private String noteId;
    private String author;
    private String text;
    @Enumerated(EnumType.STRING)
    private NoteVisibility visibility;
    private String amendmentReason;
    private Instant recordedAt;

    protected ConversationNote() {
    }

    ConversationNote(ConversationNoteRecorded recorded, Instant at) {
        this.conversationId = recorded.conversationId();
        this.noteId = recorded.noteId();
        this.author = recorded.author();
        this.text = recorded.text();
        this.visibility = recorded.visibility();
        this.amendmentReason = recorded.amendmentReason();
        this.recordedAt = at;
    }

    /** {@link NoteReaders}' rule, the one the audit log applies too. */
    boolean visibleTo(String reader, boolean readerIsHr) {
        return NoteReaders.mayReadText(visibility, author, reader, readerIsHr);
    }

    ConversationDetail.Note view() {
        return new ConversationDetail.Note(noteId, author, text, visibility, amendmentReason, recordedAt);
    }

    record Key(String conversationId, String noteId) {
    }

    void personalDataErased() {
        this.text = PersonalDataCipher.ERASED;
        this.amendmentReason = PersonalDataCipher.erase(amendmentReason);
    }
}
