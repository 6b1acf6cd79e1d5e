package io.careerledger.command.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/** A progression conversation through the REST API on the real event store, as a manager and their report hold it. */
@CommandServiceIntegrationTest
class ConversationIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String employeeId;
    private String managerId;
    private String employee;
    private String manager;
    private String conversationId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        employeeId = UUID.randomUUID().toString();
        managerId = UUID.randomUUID().toString();
        conversationId = UUID.randomUUID().toString();
        Response registered = api.post("/api/employees", api.token("hr-1", "HR"), """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "level": 4, "hireDate": "2019-02-04"}""".formatted(employeeId, managerId));
        assertThat(registered.status()).isEqualTo(201);
        employee = api.token(employeeId, "EMPLOYEE");
        manager = api.token(managerId, "MANAGER", "EMPLOYEE");
    }

    @Test
    void theManagerHoldsTheConversationAndTheEmployeeAcknowledgesItRetriesChangingNothing() {
        Response scheduled = schedule(manager);
        Response scheduledAgain = schedule(manager);
        Response note = post("/notes", manager, note(UUID.randomUUID(), "SHARED", null));
        String privateNote = note(UUID.randomUUID(), "PRIVATE", null);
        Response ownNote = post("/notes", employee, privateNote);
        Response ownNoteAgain = post("/notes", employee, privateNote);
        String agreement = agreement(UUID.randomUUID(), employeeId, LocalDate.now().plusMonths(3), null);
        Response agreed = post("/agreements", manager, agreement);
        Response agreedAgain = post("/agreements", manager, agreement);
        Response concluded = post("/conclusion", manager, "{\"summary\": \"Ada stays on the expert track.\"}");
        Response concludedAgain = post("/conclusion", manager, "{\"summary\": \"Ada stays on the expert track.\"}");
        Response acknowledged = post("/acknowledgement", employee, null);
        Response acknowledgedAgain = post("/acknowledgement", employee, null);

        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        assertThat(scheduled.body()).contains(conversationId);
        assertThat(scheduledAgain.status()).isEqualTo(201);
        assertThat(List.of(note, ownNote, ownNoteAgain, agreed, agreedAgain, concluded, concludedAgain, acknowledged, acknowledgedAgain))
                .extracting(Response::status).containsOnly(204);
        assertThat(eventTypes()).containsExactly("ConversationScheduled", "ConversationNoteRecorded", "ConversationNoteRecorded",
                "ConversationAgreementRecorded", "ConversationConcluded", "ConversationAcknowledged");
        assertThat(metadata()).allSatisfy(meta -> assertThat(meta).contains("\"conversationId\":\"" + conversationId + "\""));
        assertThat(metadata().get(0)).contains("\"reviewCycleId\":\"2026-h1\"", "\"actorId\":\"" + managerId + "\"");
    }

    @Test
    void afterTheConclusionANoteNeedsAReasonAndAnotherSummaryIsAConflict() {
        schedule(manager);
        post("/conclusion", manager, "{\"summary\": \"Expert track.\"}");

        Response withoutReason = post("/notes", manager, note(UUID.randomUUID(), "SHARED", null));
        Response withReason = post("/notes", manager, note(UUID.randomUUID(), "SHARED", "Ada asked for it in writing"));
        Response otherSummary = post("/conclusion", manager, "{\"summary\": \"Leader track.\"}");

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.contentType()).isEqualTo("application/problem+json");
        assertThat(withoutReason.body()).contains("/problems/conversation-amendment-reason-required");
        assertThat(withReason.status()).isEqualTo(204);
        assertThat(otherSummary.status()).isEqualTo(409);
        assertThat(otherSummary.body()).contains("/problems/conversation-already-concluded");
        assertThat(eventTypes()).containsExactly("ConversationScheduled", "ConversationConcluded", "ConversationNoteRecorded");
        // the reason travels on the event's metadata, encrypted like the note under the person's key
        assertThat(metadata().get(2)).contains("\"reason\":\"pd1:").doesNotContain("Ada asked for it in writing");
    }

    @Test
    void aStrangerIsRefusedAndWritesNothing() {
        String stranger = api.token(UUID.randomUUID().toString(), "MANAGER", "EMPLOYEE");
        String council = api.token("council-1", "COUNCIL");

        Response strangerSchedules = schedule(stranger);
        Response councilSchedules = schedule(council);
        Response anonymous = api.post("/api/conversations", null, scheduleBody("CAREER_PLANNING"));
        assertThat(eventTypes()).isEmpty();
        schedule(manager);
        Response strangerNotes = post("/notes", stranger, note(UUID.randomUUID(), "SHARED", null));
        Response strangerConcludes = post("/conclusion", stranger, "{\"summary\": \"Nothing\"}");
        Response managerAcknowledges = post("/acknowledgement", manager, null);
        Response employeeReviewsThemself = api.post("/api/conversations", employee,
                scheduleBody("PERFORMANCE_REVIEW").replace(conversationId, UUID.randomUUID().toString()));

        assertThat(strangerSchedules.status()).isEqualTo(403);
        assertThat(strangerSchedules.body()).contains("/problems/conversation-not-allowed-to-schedule");
        assertThat(councilSchedules.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(strangerNotes.status()).isEqualTo(403);
        assertThat(strangerNotes.body()).contains("/problems/conversation-not-a-participant");
        assertThat(strangerConcludes.body()).contains("/problems/conversation-not-allowed-to-conclude");
        assertThat(managerAcknowledges.status()).isEqualTo(403);
        assertThat(employeeReviewsThemself.status()).isEqualTo(403);
        assertThat(eventTypes()).containsExactly("ConversationScheduled");
    }

    @Test
    void malformedInputIs400AnUnknownConversation404AndNothingIsWritten() {
        Response unknownKind = api.post("/api/conversations", manager, scheduleBody("COFFEE_CHAT"));
        Response noDate = api.post("/api/conversations", manager, scheduleBody("ONE_TO_ONE").replaceAll("\"scheduledFor\": \"[^\"]+\",", ""));
        Response notJson = api.post("/api/conversations", manager, "{\"conversationId\": ");
        Response badParticipant = api.post("/api/conversations", manager, scheduleBody("ONE_TO_ONE").replace("[]", "[\"not-a-uuid\"]"));
        assertThat(eventTypes()).isEmpty();
        Response unknownConversation = post("/conclusion", manager, "{\"summary\": \"Never held\"}");
        schedule(manager);
        Response blankNote = post("/notes", manager, "{\"noteId\": \"%s\", \"text\": \" \", \"visibility\": \"SHARED\"}"
                .formatted(UUID.randomUUID()));
        Response badVisibility = post("/notes", manager, note(UUID.randomUUID(), "EVERYONE", null));
        Response noSummary = post("/conclusion", manager, "{}");
        Response pastDue = post("/agreements", manager, agreement(UUID.randomUUID(), employeeId, LocalDate.now().minusDays(2), null));

        for (Response response : List.of(unknownKind, noDate, notJson, badParticipant, blankNote, badVisibility, noSummary)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(unknownConversation.status()).isEqualTo(404);
        assertThat(unknownConversation.contentType()).isEqualTo("application/problem+json");
        assertThat(pastDue.status()).isEqualTo(422);
        assertThat(pastDue.body()).contains("/problems/conversation-due-date-in-past");
        assertThat(eventTypes()).containsExactly("ConversationScheduled");
    }

    @Test
    void theEventsArePublishedKeyedByTheEmployeeAndNameTheConversation() {
        schedule(manager);
        String eventId = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, conversationId);

        List<ConsumerRecord<String, CloudEvent>> received = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = consumer()) {
            consumer.subscribe(List.of("career.events.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch(record -> eventId.equals(record.value().getId()));
            });
        }

        ConsumerRecord<String, CloudEvent> record = received.stream().filter(r -> eventId.equals(r.value().getId())).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(employeeId);
        assertThat(record.value().getType()).isEqualTo("io.careerledger.ConversationScheduled.v1");
        assertThat(record.value().getSubject()).isEqualTo(employeeId);
        assertThat(record.value().getExtension("conversationid")).isEqualTo(conversationId);
        assertThat(record.value().getExtension("reviewcycleid")).isEqualTo("2026-h1");
        assertThat(record.value().getExtension("actorid")).isEqualTo(managerId);
    }

    @Test
    void eachAnswerCarriesTheVersionAndAStaleIfMatchGets412() {
        Response scheduled = schedule(manager);
        Response note = api.post("/api/conversations/" + conversationId + "/notes", manager,
                note(UUID.randomUUID(), "SHARED", null), scheduled.etag());
        Response stale = api.post("/api/conversations/" + conversationId + "/notes", manager,
                note(UUID.randomUUID(), "SHARED", null), scheduled.etag());

        assertThat(scheduled.etag()).isEqualTo("\"0\"");
        assertThat(note.status()).isEqualTo(204);
        assertThat(note.etag()).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("/problems/stale-version");
        assertThat(eventTypes()).containsExactly("ConversationScheduled", "ConversationNoteRecorded");
    }

    private Response schedule(String token) {
        return api.post("/api/conversations", token, scheduleBody("CAREER_PLANNING"));
    }

    private String scheduleBody(String kind) {
        return """
                {"conversationId": "%s", "employeeId": "%s", "kind": "%s", "participants": [],
                 "scheduledFor": "%s", "reviewCycleId": "2026-h1", "agenda": "Which track from level 5?"}"""
                .formatted(conversationId, employeeId, kind, Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES));
    }

    private static String note(UUID noteId, String visibility, String amendmentReason) {
        String reason = amendmentReason == null ? "" : ", \"amendmentReason\": \"" + amendmentReason + "\"";
        return """
                {"noteId": "%s", "text": "Wants to stay hands-on", "visibility": "%s"%s}""".formatted(noteId, visibility, reason);
    }

    private static String agreement(UUID agreementId, String ownerId, LocalDate due, String amendmentReason) {
        String reason = amendmentReason == null ? "" : ", \"amendmentReason\": \"" + amendmentReason + "\"";
        return """
                {"agreementId": "%s", "description": "Lead the architecture review", "ownerId": "%s", "dueDate": "%s"%s}"""
                .formatted(agreementId, ownerId, due, reason);
    }

    private Response post(String action, String token, String body) {
        return api.post("/api/conversations/" + conversationId + action, token, body == null ? "{}" : body);
    }

    private List<String> eventTypes() {
        return StoredEvents.typesOf(jdbc, conversationId);
    }

    private List<String> metadata() {
        return jdbc.queryForList("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", String.class, conversationId);
    }

    private KafkaConsumer<String, CloudEvent> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer());
    }
}
