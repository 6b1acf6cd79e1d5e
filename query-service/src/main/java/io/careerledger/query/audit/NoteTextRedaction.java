package io.careerledger.query.audit;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.EventTypes;
import io.careerledger.events.NoteVisibility;
import io.careerledger.query.conversation.NoteReaders;
import io.careerledger.query.employee.EmployeeAccess;

/**
 * The audit log applies the notes' visibility as the conversations do: a note whose text its reader
 * may not read shows that it exists, its author, visibility and time, with the text withheld.
 */
@Component
class NoteTextRedaction {

    private static final String NOTE_RECORDED = EventTypes.typeOf(ConversationNoteRecorded.class);
    private static final String TEXT = "text";

    private final JsonMapper json;

    NoteTextRedaction(JsonMapper json) {
        this.json = json;
    }

    /** What {@code reader} sees of each entry. */
    UnaryOperator<AuditEntry> forReader(Authentication reader) {
        boolean hr = EmployeeAccess.hasRole(reader, "HR");
        return entry -> NOTE_RECORDED.equals(entry.type()) ? noteFor(entry, reader.getName(), hr) : entry;
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
