package io.careerledger.query.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.ConversationAcknowledged;
import io.careerledger.events.ConversationAgreementRecorded;
import io.careerledger.events.ConversationCancelled;
import io.careerledger.events.ConversationConcluded;
import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.NoteVisibility;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * A conversation arrives on the real topic as the command-service publishes it; each reader gets the
 * conversation and the notes their place allows: the employee, their line manager, another participant,
 * HR, a stranger.
 */
@QueryServiceIntegrationTest
class ConversationHistoryIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
    private static final Instant LAST_WEEK = Instant.now().minus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    @Autowired
    QueryServiceClient client;

    private String employeeId;
    private String managerId;
    private String mentorId;
    private String conversationId;
    private String employee;
    private String manager;
    private String mentor;
    private String hr;
    private String stranger;
    private int published;

    @BeforeEach
    void setUp() {
        employeeId = UUID.randomUUID().toString();
        managerId = UUID.randomUUID().toString();
        mentorId = UUID.randomUUID().toString();
        conversationId = UUID.randomUUID().toString();
        employee = client.token(employeeId, "EMPLOYEE");
        manager = client.token(managerId, "MANAGER", "EMPLOYEE");
        mentor = client.token(mentorId, "EMPLOYEE");
        hr = client.token("hr-7", "HR");
        stranger = client.token(UUID.randomUUID().toString(), "MANAGER", "EMPLOYEE");
        client.publish(QueryServiceClient.employeeRegistered(employeeId + "-registered", employeeId, "Ada Lovelace", managerId,
                "hr-1", START));
    }

    @Test
    void aHeldConversationIsServedWithItsSummaryAgreementsAndAcknowledgement() {
        holdConversation();

        JsonNode conversation = awaitConversation(hr, body -> body.path("acknowledged").asBoolean());
        assertThat(conversation.path("kind").asString()).isEqualTo("CAREER_PLANNING");
        assertThat(conversation.path("status").asString()).isEqualTo("CONCLUDED");
        assertThat(conversation.path("employeeId").asString()).isEqualTo(employeeId);
        assertThat(conversation.path("scheduledBy").asString()).isEqualTo(managerId);
        assertThat(conversation.path("participants")).extracting(JsonNode::asString).containsExactly(employeeId, managerId, mentorId);
        assertThat(conversation.path("scheduledFor").asString()).isEqualTo(LAST_WEEK.toString());
        assertThat(conversation.path("reviewCycleId").asString()).isEqualTo("2026-h1");
        assertThat(conversation.path("agenda").asString()).isEqualTo("Which track from level 5?");
        assertThat(conversation.path("summary").asString()).isEqualTo("Ada stays on the expert track.");
        assertThat(conversation.path("concludedBy").asString()).isEqualTo(managerId);
        assertThat(conversation.path("acknowledgedAt").isNull()).isFalse();
        JsonNode agreement = conversation.path("agreements").get(0);
        assertThat(agreement.path("description").asString()).isEqualTo("Lead the architecture review");
        assertThat(agreement.path("ownerId").asString()).isEqualTo(employeeId);
        assertThat(agreement.path("dueDate").asString()).isEqualTo("2026-06-30");
        JsonNode amendment = conversation.path("notes").findParents("text").stream()
                .filter(note -> note.path("text").asString().equals("Written up the day after")).findFirst().orElseThrow();
        assertThat(amendment.path("amendmentReason").asString()).isEqualTo("Ada asked for it in writing");
    }

    @Test
    void eachReaderSeesTheNotesTheirPlaceAllows() {
        holdConversation();
        awaitConversation(hr, body -> body.path("acknowledged").asBoolean());

        assertThat(noteTexts(employee)).containsExactly("Shared by the manager", "Ada's own reminder", "Written up the day after");
        assertThat(noteTexts(manager)).containsExactly("Shared by the manager", "The manager's own reminder", "Written up the day after");
        assertThat(noteTexts(mentor)).containsExactly("Shared by the manager", "Written up the day after");
        assertThat(noteTexts(hr)).containsExactly("Shared by the manager", "Band review pending", "Written up the day after");
        Response strangerReads = client.get("/api/conversations/" + conversationId, stranger);
        assertThat(strangerReads.status()).isEqualTo(403);
        assertThat(strangerReads.contentType()).isEqualTo("application/problem+json");
        // everyone who sees the conversation sees every agreement
        for (String reader : List.of(employee, manager, mentor, hr)) {
            assertThat(body(client.get("/api/conversations/" + conversationId, reader)).path("agreements")).hasSize(1);
        }
    }

    @Test
    void theHistoryListsNewestFirstForThoseWhoReadTheEmployeeAndTheirOwnForAnotherParticipant() {
        holdConversation();
        String earlier = UUID.randomUUID().toString();
        publish(new ConversationScheduled(earlier, employeeId, ConversationKind.ONE_TO_ONE, employeeId,
                List.of(employeeId, managerId), LAST_WEEK.minus(Duration.ofDays(14)), null, null), employeeId);
        publish(new ConversationCancelled(earlier, employeeId, managerId, "Ada was on leave"), managerId);
        awaitBody("/api/conversations/" + earlier, hr, body -> body.path("status").asString().equals("CANCELLED"));
        awaitConversation(hr, body -> body.path("acknowledged").asBoolean());

        String history = "/api/employees/" + employeeId + "/conversations";
        for (String reader : List.of(employee, manager, hr)) {
            JsonNode page = body(client.get(history, reader));
            assertThat(page.path("content")).extracting(item -> item.path("conversationId").asString())
                    .containsExactly(conversationId, earlier);
            assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(2);
        }
        JsonNode newest = body(client.get(history, employee)).path("content").get(0);
        assertThat(newest.path("kind").asString()).isEqualTo("CAREER_PLANNING");
        assertThat(newest.path("status").asString()).isEqualTo("CONCLUDED");
        assertThat(newest.path("summary").asString()).isEqualTo("Ada stays on the expert track.");
        assertThat(newest.path("acknowledged").asBoolean()).isTrue();
        assertThat(newest.path("participants")).hasSize(3);
        assertThat(newest.has("notes")).isFalse();
        assertThat(body(client.get(history, mentor)).path("content")).extracting(item -> item.path("conversationId").asString())
                .containsExactly(conversationId);
        assertThat(body(client.get(history + "?size=1&page=1", hr)).path("content").get(0).path("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(client.get(history, stranger).status()).isEqualTo(403);
        assertThat(client.get("/api/conversations/" + earlier, mentor).status()).isEqualTo(403);
    }

    @Test
    void anUnknownConversationIs404AndARedeliveredNoteIsKeptOnce() {
        ConversationNoteRecorded note = new ConversationNoteRecorded(conversationId, employeeId, "n-1", managerId,
                "Shared by the manager", NoteVisibility.SHARED, null);
        publish(scheduled(), managerId);
        String noteEvent = conversationId + "-redelivered";
        client.publish(QueryServiceClient.careerEvent(noteEvent, note, managerId, START.plusMinutes(1)));
        client.publish(QueryServiceClient.careerEvent(noteEvent, note, managerId, START.plusMinutes(1)));
        publish(new ConversationConcluded(conversationId, employeeId, managerId, "Done"), managerId);

        JsonNode conversation = awaitConversation(hr, body -> body.path("status").asString().equals("CONCLUDED"));
        assertThat(conversation.path("notes")).hasSize(1);
        assertThat(conversation.path("acknowledged").asBoolean()).isFalse();
        Response unknown = client.get("/api/conversations/" + UUID.randomUUID(), hr);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(client.get("/api/conversations/" + conversationId, null).status()).isEqualTo(401);
    }

    /** Scheduled by the manager with Ada and her mentor; one note of each visibility; concluded, amended, acknowledged. */
    private void holdConversation() {
        publish(scheduled(), managerId);
        publish(note("n-1", managerId, "Shared by the manager", NoteVisibility.SHARED, null), managerId);
        publish(note("n-2", managerId, "The manager's own reminder", NoteVisibility.PRIVATE, null), managerId);
        publish(note("n-3", employeeId, "Ada's own reminder", NoteVisibility.PRIVATE, null), employeeId);
        publish(note("n-4", "hr-7", "Band review pending", NoteVisibility.HR_ONLY, null), "hr-7");
        publish(new ConversationAgreementRecorded(conversationId, employeeId, "a-1", managerId, "Lead the architecture review",
                employeeId, LocalDate.of(2026, 6, 30), null), managerId);
        publish(new ConversationConcluded(conversationId, employeeId, managerId, "Ada stays on the expert track."), managerId);
        publish(note("n-5", managerId, "Written up the day after", NoteVisibility.SHARED, "Ada asked for it in writing"), managerId);
        publish(new ConversationAcknowledged(conversationId, employeeId), employeeId);
    }

    private ConversationScheduled scheduled() {
        return new ConversationScheduled(conversationId, employeeId, ConversationKind.CAREER_PLANNING, managerId,
                List.of(employeeId, managerId, mentorId), LAST_WEEK, "2026-h1", "Which track from level 5?");
    }

    private ConversationNoteRecorded note(String noteId, String author, String text, NoteVisibility visibility, String reason) {
        return new ConversationNoteRecorded(conversationId, employeeId, noteId, author, text, visibility, reason);
    }

    /** One after the other, a minute apart, as the command-service would publish them. */
    private void publish(CareerEvent event, String actor) {
        published++;
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, actor, START.plusMinutes(published)));
    }

    private List<String> noteTexts(String reader) {
        Response response = client.get("/api/conversations/" + conversationId, reader);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return body(response).path("notes").valueStream().map(note -> note.path("text").asString()).toList();
    }

    private JsonNode awaitConversation(String reader, Predicate<JsonNode> ready) {
        return awaitBody("/api/conversations/" + conversationId, reader, ready);
    }

    private JsonNode awaitBody(String path, String reader, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = client.get(path, reader);
            last[0] = response.status() == 200 ? body(response) : null;
            return last[0] != null && ready.test(last[0]);
        });
        return last[0];
    }

    private static JsonNode body(Response response) {
        return JSON.readTree(response.body());
    }
}
