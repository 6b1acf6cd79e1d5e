package io.careerledger.query.audit;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.EventTypes;
import io.careerledger.events.FeedbackGiven;
import io.careerledger.events.NoteVisibility;
import io.careerledger.query.conversation.NoteReaders;
import io.careerledger.query.employee.EmployeeAccess;

/**
 * What the audit log withholds from its reader. Notes keep their visibility as in the conversations: a
 * note whose text its reader may not read shows that it exists, its author, visibility and time, with
 * the text withheld. An anonymous feedback answer never shows its author (its actor is not even stored,
 * see {@link AuditProjection}), except to HR once HR revealed it with a reason (a FeedbackAuthorRevealed
 * in this same log).
 */
@Component
class AuditRedaction {

    private static final String NOTE_RECORDED = EventTypes.typeOf(ConversationNoteRecorded.class);
    static final String FEEDBACK_GIVEN = EventTypes.typeOf(FeedbackGiven.class);
    private static final String TEXT = "text";
    private static final String AUTHOR_ID = "authorId";
    private static final String ACTOR_ID = "actorId";

    private final JsonMapper json;
    private final AuditLog auditLog;

    AuditRedaction(JsonMapper json, AuditLog auditLog) {
        this.json = json;
        this.auditLog = auditLog;
    }

    /** What {@code reader} sees of each entry. */
    UnaryOperator<AuditEntry> forReader(Authentication reader) {
        boolean hr = EmployeeAccess.hasRole(reader, "HR");
        return entry -> NOTE_RECORDED.equals(entry.type()) ? noteFor(entry, reader.getName(), hr)
                : FEEDBACK_GIVEN.equals(entry.type()) ? feedbackFor(entry, hr)
                : entry;
    }

    private AuditEntry feedbackFor(AuditEntry entry, boolean readerIsHr) {
        ObjectNode payload = (ObjectNode) json.readTree(entry.payload());
        if (readerIsHr && auditLog.authorRevealed(entry.employeeId(), payload.path("roundId").asString(),
                payload.path("answerId").asString())) {
            return entry.withheld(entry.payload(), List.of(ACTOR_ID));
        }
        payload.putNull(AUTHOR_ID);
        return entry.withheld(json.writeValueAsString(payload), List.of(AUTHOR_ID, ACTOR_ID));
    }

    private AuditEntry noteFor(AuditEntry entry, String reader, boolean readerIsHr) {
        ObjectNode payload = (ObjectNode) json.readTree(entry.payload());
        NoteVisibility visibility = NoteVisibility.valueOf(payload.path("visibility").asString());
        if (NoteReaders.mayReadText(visibility, payload.path("author").asString(), reader, readerIsHr)) {
            return entry;
        }
        payload.putNull(TEXT);
        return entry.withheld(json.writeValueAsString(payload), List.of(TEXT));
    }
}
