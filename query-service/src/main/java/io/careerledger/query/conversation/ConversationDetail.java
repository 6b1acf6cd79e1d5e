package io.careerledger.query.conversation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.careerledger.events.NoteVisibility;

/**
 * A conversation in full, with the notes its reader may see (oldest first) and every agreement.
 */
@Schema(example = """
        {
          "conversationId": "6f1c2b9e-3d4a-4c55-9a61-0b7e8e2d4f10",
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "kind": "PERFORMANCE_CATCH_UP",
          "status": "CONCLUDED",
          "scheduledFor": "2026-02-03T10:00:00Z",
          "scheduledBy": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
          "participants": [
            "213d9fab-41dd-396b-8399-8f7f18091e2c",
            "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03"
          ],
          "reviewCycleId": "review-2026-h1",
          "summary": "Agreed on a path to Principal Specialist on the expert track",
          "concludedAt": "2026-02-03T10:45:00Z",
          "acknowledged": true,
          "agenda": "Progress towards level 5; mentoring goal",
          "scheduledAt": "2026-01-27T16:00:00Z",
          "concludedBy": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
          "acknowledgedAt": "2026-02-04T08:15:00Z",
          "cancelledBy": null,
          "cancellationReason": null,
          "cancelledAt": null,
          "notes": [
            {
              "noteId": "note-1",
              "author": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
              "text": "Strong design work on the ledger; wants more cross-team influence",
              "visibility": "SHARED",
              "amendmentReason": null,
              "recordedAt": "2026-02-03T10:40:00Z"
            }
          ],
          "agreements": [
            {
              "agreementId": "agreement-1",
              "description": "Ada leads the next architecture guild session",
              "ownerId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
              "dueDate": "2026-03-31",
              "recordedBy": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
              "amendmentReason": null,
              "recordedAt": "2026-02-03T10:42:00Z"
            }
          ]
        }
        """)
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
