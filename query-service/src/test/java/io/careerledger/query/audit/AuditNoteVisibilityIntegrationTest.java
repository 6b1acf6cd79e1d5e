package io.careerledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.EventTypes;
import io.careerledger.events.NoteVisibility;
import io.careerledger.query.consumption.ParkedEvents;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * The audit log and both its exports apply the notes' visibility: per visibility and reader, the
 * note's text is shown, withheld (the note, its author and time still shown), or the log refused.
 */
@QueryServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditNoteVisibilityIntegrationTest {

    private static final String EMPLOYEE = UUID.randomUUID().toString();
    private static final String MANAGER = "mgr-" + UUID.randomUUID();
    private static final String HR_AUTHOR = "hr-author-" + UUID.randomUUID();
    private static final String NOTE_TYPE = EventTypes.typeOf(ConversationNoteRecorded.class);

    enum Seen { TEXT, WITHHELD, FORBIDDEN }

    enum Format { API, JSON_EXPORT, CSV_EXPORT }

    @Autowired
    QueryServiceClient client;

    @Autowired
    ParkedEvents parked;

    /** A note of each visibility by the manager, and one of each by an HR member. */
    @BeforeAll
    void notesOfEveryVisibilityByAManagerAndByHr() {
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), new ConversationScheduled("conversation-" + EMPLOYEE,
                EMPLOYEE, ConversationKind.ONE_TO_ONE, MANAGER, List.of(EMPLOYEE, MANAGER, HR_AUTHOR), Instant.now(), null, null),
                MANAGER, OffsetDateTime.now(ZoneOffset.UTC)));
        for (NoteVisibility visibility : NoteVisibility.values()) {
            for (String author : List.of(MANAGER, HR_AUTHOR)) {
                client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), new ConversationNoteRecorded(
                        "conversation-" + EMPLOYEE, EMPLOYEE, noteId(visibility, author), author, text(visibility, author),
                        visibility, null), author, OffsetDateTime.now(ZoneOffset.UTC)));
            }
        }
        String hr = client.token("hr-1", "HR");
        client.awaitBody(apiPath(), hr, body -> body.path("page").path("totalElements").asInt() == 6);
        assertThat(parked.anyParkedFor(EMPLOYEE)).isFalse();
    }

    static Stream<Arguments> visibilityByReader() {
        return Stream.of(
                // HR who did not write the note: shared and HR-only text, not someone's private note
                Arguments.of(NoteVisibility.SHARED, MANAGER, "hr-1", new String[] {"HR"}, Seen.TEXT),
                Arguments.of(NoteVisibility.PRIVATE, MANAGER, "hr-1", new String[] {"HR"}, Seen.WITHHELD),
                Arguments.of(NoteVisibility.HR_ONLY, MANAGER, "hr-1", new String[] {"HR"}, Seen.TEXT),
                Arguments.of(NoteVisibility.PRIVATE, HR_AUTHOR, "hr-1", new String[] {"HR"}, Seen.WITHHELD),
                // HR reading their own notes: all of them
                Arguments.of(NoteVisibility.SHARED, HR_AUTHOR, HR_AUTHOR, new String[] {"HR"}, Seen.TEXT),
                Arguments.of(NoteVisibility.PRIVATE, HR_AUTHOR, HR_AUTHOR, new String[] {"HR"}, Seen.TEXT),
                Arguments.of(NoteVisibility.HR_ONLY, HR_AUTHOR, HR_AUTHOR, new String[] {"HR"}, Seen.TEXT),
                Arguments.of(NoteVisibility.PRIVATE, MANAGER, HR_AUTHOR, new String[] {"HR"}, Seen.WITHHELD),
                // the audit log is HR's: the author, the employee, the council and strangers are refused whatever the visibility
                Arguments.of(NoteVisibility.SHARED, MANAGER, MANAGER, new String[] {"MANAGER"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.PRIVATE, MANAGER, MANAGER, new String[] {"MANAGER"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.HR_ONLY, MANAGER, MANAGER, new String[] {"MANAGER"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.SHARED, MANAGER, EMPLOYEE, new String[] {"EMPLOYEE"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.PRIVATE, MANAGER, EMPLOYEE, new String[] {"EMPLOYEE"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.HR_ONLY, MANAGER, EMPLOYEE, new String[] {"EMPLOYEE"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.SHARED, MANAGER, "council-1", new String[] {"COUNCIL"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.PRIVATE, MANAGER, "council-1", new String[] {"COUNCIL"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.HR_ONLY, MANAGER, "council-1", new String[] {"COUNCIL"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.SHARED, MANAGER, "stranger-1", new String[] {"EMPLOYEE"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.PRIVATE, MANAGER, "stranger-1", new String[] {"EMPLOYEE"}, Seen.FORBIDDEN),
                Arguments.of(NoteVisibility.HR_ONLY, MANAGER, "stranger-1", new String[] {"EMPLOYEE"}, Seen.FORBIDDEN))
                .flatMap(reading -> Arrays.stream(Format.values()).map(format -> Arguments.of(
                        Stream.concat(Stream.of(reading.get()), Stream.of(format)).toArray())));
    }

    @ParameterizedTest(name = "{0} note by {1}, read by {2} {3} in the {5}: {4}")
    @MethodSource("visibilityByReader")
    void theReaderSeesTheNoteAsItsVisibilityAllows(NoteVisibility visibility, String author, String reader, String[] roles, Seen seen,
                                                   Format format) {
        Response response = client.get(switch (format) {
            case API -> apiPath();
            case JSON_EXPORT -> "/api/audit/events/export?format=json&employeeId=" + EMPLOYEE;
            case CSV_EXPORT -> "/api/audit/events/export?format=csv&employeeId=" + EMPLOYEE;
        }, client.token(reader, roles));

        if (seen == Seen.FORBIDDEN) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.body()).doesNotContain(text(visibility, author));
            return;
        }
        assertThat(response.status()).isEqualTo(200);
        String noteId = noteId(visibility, author);
        if (format == Format.CSV_EXPORT) {
            // the stored payload is written with a space after each colon, a redacted one without
            String line = Arrays.stream(response.body().split("\r\n")).filter(row -> row.contains(noteId)).findFirst().orElseThrow()
                    .replace("\"\": \"\"", "\"\":\"\"");
            assertThat(line).contains("\"\"author\"\":\"\"" + author + "\"\"", "\"\"visibility\"\":\"\"" + visibility + "\"\"");
            if (seen == Seen.TEXT) {
                assertThat(line).contains(text(visibility, author)).endsWith(",\"\"");
            } else {
                assertThat(line).doesNotContain(text(visibility, author)).endsWith(",\"text\"");
            }
            return;
        }
        JsonNode entries = format == Format.API ? response.json().path("content") : response.json();
        JsonNode entry = java.util.stream.StreamSupport.stream(entries.spliterator(), false)
                .filter(candidate -> noteId.equals(candidate.path("payload").path("noteId").asString())).findFirst().orElseThrow();
        assertThat(entry.path("payload").path("author").asString()).isEqualTo(author);
        assertThat(entry.path("payload").path("visibility").asString()).isEqualTo(visibility.name());
        assertThat(entry.path("occurredAt").isMissingNode()).isFalse();
        if (seen == Seen.TEXT) {
            assertThat(entry.path("payload").path("text").asString()).isEqualTo(text(visibility, author));
            assertThat(entry.path("withheld")).isEmpty();
        } else {
            assertThat(entry.path("payload").path("text").isNull()).isTrue();
            assertThat(entry.path("withheld")).extracting(JsonNode::asString).containsExactly("text");
            assertThat(response.body()).doesNotContain(text(visibility, author));
        }
    }

    private static String apiPath() {
        return "/api/audit/events?size=100&employeeId=" + EMPLOYEE + "&type=" + NOTE_TYPE;
    }

    private static String noteId(NoteVisibility visibility, String author) {
        return "note-" + visibility + "-" + author;
    }

    private static String text(NoteVisibility visibility, String author) {
        return "text of the " + visibility + " note by " + author + " " + EMPLOYEE;
    }
}
