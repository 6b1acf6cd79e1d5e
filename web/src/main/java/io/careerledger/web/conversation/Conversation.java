package io.careerledger.web.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A conversation with the notes the reader may see and every agreement ({@code /api/conversations/{id}}). */
public record Conversation(String conversationId, String employeeId, String kind, String status, Instant scheduledFor,
                           String scheduledBy, String reviewCycleId, String agenda, String summary, Instant concludedAt,
                           boolean acknowledged, List<Note> notes, List<Agreement> agreements) {

    public Conversation {
        notes = notes == null ? List.of() : notes;
        agreements = agreements == null ? List.of() : agreements;
    }

    public record Note(String noteId, String author, String text, String visibility, Instant recordedAt) {
    }

    public record Agreement(String agreementId, String description, String ownerId, LocalDate dueDate) {
    }

    public boolean concluded() {
        return "CONCLUDED".equals(status);
    }

    public boolean scheduled() {
        return "SCHEDULED".equals(status);
    }

    public boolean hasNote(String noteId) {
        return notes.stream().anyMatch(note -> note.noteId().equals(noteId));
    }

    public boolean hasAgreement(String agreementId) {
        return agreements.stream().anyMatch(agreement -> agreement.agreementId().equals(agreementId));
    }
}
