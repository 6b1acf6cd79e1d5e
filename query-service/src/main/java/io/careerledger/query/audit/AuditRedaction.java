package io.careerledger.query.audit;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.EventTypes;
import io.careerledger.events.FeedbackGiven;
import io.careerledger.events.NoteVisibility;
import io.careerledger.events.PromotionFeedbackGiven;
import io.careerledger.query.conversation.NoteReaders;
import io.careerledger.query.employee.EmployeeAccess;

/**
 * What the audit log withholds from its reader. Notes keep their visibility as in the conversations: a
 * note whose text its reader may not read shows that it exists, its author, visibility and time, with
 * the text withheld. An anonymous feedback answer never shows its author (its actor is not even stored,
 * see {@link AuditProjection}), except to HR once HR revealed it with a reason (a FeedbackAuthorRevealed
 * in this same log). The person a promotion case is about sees each council member's stance, as the
 * case's counts do, but not who took it nor their comment (their subject access reads this log).
 */
@Component
class AuditRedaction {

    private static final String NOTE_RECORDED = EventTypes.typeOf(ConversationNoteRecorded.class);
    static final String FEEDBACK_GIVEN = EventTypes.typeOf(FeedbackGiven.class);
    private static final String STANCE_GIVEN = EventTypes.typeOf(PromotionFeedbackGiven.class);
    private static final String MEMBER_ID = "memberId";
    private static final String COMMENT = "comment";
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
                : STANCE_GIVEN.equals(entry.type()) && !hr && reader.getName().equals(entry.employeeId()) ? stanceForItsSubject(entry)
                : entry;
    }

    private AuditEntry stanceForItsSubject(AuditEntry entry) {
        ObjectNode payload = (ObjectNode) json.readTree(entry.payload());
        payload.putNull(MEMBER_ID);
        payload.putNull(COMMENT);
        String metadata = null;
        if (entry.metadata() != null) {
            ObjectNode known = (ObjectNode) json.readTree(entry.metadata());
            // the actor's id and roles, however the metadata spells them (CloudEvents extensions are lower case)
            known.propertyNames().stream().filter(name -> name.toLowerCase(Locale.ROOT).startsWith("actor")
                    || name.equalsIgnoreCase("roles")).toList().forEach(known::remove);
            metadata = json.writeValueAsString(known);
        }
        return entry.withheldWithItsActor(json.writeValueAsString(payload), metadata, List.of(MEMBER_ID, COMMENT, ACTOR_ID));
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
