package io.careerledger.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;

/** The event store's hash chains: written by the database, recomputed by {@code GET /api/audit/verify}, published. */
@CommandServiceIntegrationTest
class TamperEvidenceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String hr;
    private String employeeId;

    /** A person with three events on their career: registered, two goals set. */
    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        hr = api.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        employeeId = UUID.randomUUID().toString();
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 2, "hireDate": "2024-02-01"}""".formatted(employeeId, UUID.randomUUID(), frameworkId))
                .status()).isEqualTo(201);
        String employee = api.token(employeeId, "EMPLOYEE");
        for (String title : List.of("Run the guild", "Write the billing ADR")) {
            assertThat(api.post("/api/employees/" + employeeId + "/goals", employee, """
                    {"goalId": "%s", "title": "%s", "measure": "Done and reviewed", "dueDate": "%s"}"""
                    .formatted(UUID.randomUUID(), title, LocalDate.now().plusMonths(6))).status()).isEqualTo(200);
        }
    }

    @Test
    void anUntouchedStoreVerifiesClean() {
        Response person = api.get("/api/audit/verify?employeeId=" + employeeId, hr);
        Response everything = api.get("/api/audit/verify", hr);

        assertThat(person.status()).isEqualTo(200);
        assertThat(person.contentType()).startsWith("application/x-ndjson");
        assertThat(lines(person)).hasSize(1);
        assertThat(result(person).path("intact").asBoolean()).isTrue();
        assertThat(result(person).path("events").asLong()).isEqualTo(3);
        assertThat(result(person).path("aggregates").asLong()).isEqualTo(1);
        assertThat(result(everything).path("intact").asBoolean()).as(everything.body()).isTrue();
        assertThat(result(everything).path("events").asLong()).isGreaterThan(3);
    }

    @Test
    void oneByteChangedInAStoredPayloadIsNamedByTheVerify() {
        Map<String, Object> second = jdbc.queryForMap(
                "SELECT event_identifier, payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", employeeId);
        try {
            jdbc.update("UPDATE domain_event_entry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1)"
                    + " WHERE aggregate_identifier = ? AND sequence_number = 1", employeeId);

            Response verified = api.get("/api/audit/verify?employeeId=" + employeeId, hr);

            List<JsonNode> lines = lines(verified);
            assertThat(lines).hasSize(2);
            JsonNode broken = lines.get(0).path("break");
            assertThat(broken.path("eventId").asString()).isEqualTo(second.get("event_identifier"));
            assertThat(broken.path("aggregateType").asString()).isEqualTo("EmployeeCareer");
            assertThat(broken.path("aggregateId").asString()).isEqualTo(employeeId);
            assertThat(broken.path("sequence").asLong()).isEqualTo(1);
            assertThat(broken.path("problem").asString()).isEqualTo("hash-mismatch");
            assertThat(result(verified).path("intact").asBoolean()).isFalse();
            assertThat(result(verified).path("breaks").asLong()).isEqualTo(1);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", second.get("payload"),
                    second.get("event_identifier"));
        }
    }

    @Test
    void aDeletedEventIsNamedAsTheMissingOneAfterIt() {
        Map<String, Object> second = jdbc.queryForMap(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1", employeeId);
        String third = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = 2", String.class, employeeId);
        try {
            jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", second.get("global_index"));

            JsonNode broken = lines(api.get("/api/audit/verify?employeeId=" + employeeId, hr)).get(0).path("break");

            assertThat(broken.path("eventId").asString()).isEqualTo(third);
            assertThat(broken.path("sequence").asLong()).isEqualTo(2);
            assertThat(broken.path("problem").asString()).isEqualTo("missing-event");
        } finally {
            // with the aggregate gone the whole store verifies clean again, as the other tests expect
            jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", employeeId);
        }
    }

    @Test
    void onlyHrVerifiesAndAPersonIsNamedByTheirId() {
        Response employee = api.get("/api/audit/verify", api.token(employeeId, "EMPLOYEE", "MANAGER", "COUNCIL"));
        Response notAnId = api.get("/api/audit/verify?employeeId=ada", hr);

        assertThat(employee.status()).isEqualTo(403);
        assertThat(employee.contentType()).startsWith("application/problem+json");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.contentType()).startsWith("application/problem+json");
    }

    /** What a downstream consumer can check: per aggregate, each published event names the hash of the one before. */
    @Test
    void thePublishedHashesChainAndAreTheStoredOnes() {
        Map<Long, CloudEvent> career = new TreeMap<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of("career.events.v1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    if (employeeId.equals(record.key()) && "EmployeeCareer".equals(record.value().getExtension("aggregatetype"))) {
                        career.put(Long.parseLong(String.valueOf(record.value().getExtension("aggregatesequence"))), record.value());
                    }
                }
                return career.size() == 3;
            });
        }
        List<String> stored = jdbc.queryForList("SELECT hash FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", byte[].class, employeeId).stream().map(HexFormat.of()::formatHex).toList();

        List<Object> published = new ArrayList<>();
        String previous = null;
        for (CloudEvent event : career.values()) {
            assertThat(event.getExtension("previouseventhash")).isEqualTo(previous);
            previous = String.valueOf(event.getExtension("eventhash"));
            published.add(previous);
        }
        assertThat(published).containsExactlyElementsOf(stored);
    }

    private static List<JsonNode> lines(Response response) {
        return response.body().lines().map(JSON::readTree).toList();
    }

    private static JsonNode result(Response response) {
        List<JsonNode> lines = lines(response);
        return lines.get(lines.size() - 1).path("result");
    }
}
