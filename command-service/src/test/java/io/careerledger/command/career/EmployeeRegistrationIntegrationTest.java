package io.careerledger.command.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

@CommandServiceIntegrationTest
class EmployeeRegistrationIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String hrToken;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        hrToken = api.token("hr-1", "HR");
    }

    @Test
    void registrationIsStoredAsJsonWithTheNameEncryptedAndTheActorInItsMetadata() {
        String id = UUID.randomUUID().toString();

        Response response = api.post("/api/employees", hrToken, registration(id));

        assertThat(response.status()).isEqualTo(201);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT payload_type, payload_revision, convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta"
                        + " FROM domain_event_entry WHERE aggregate_identifier = ?", id);
        assertThat(row.get("payload_type")).isEqualTo("io.careerledger.events.EmployeeRegistered");
        assertThat(row.get("payload_revision")).isEqualTo("2");
        assertThat((String) row.get("payload")).contains("\"fullName\":\"pd1:", "\"hireDate\":\"2023-09-01\"",
                "\"frameworkId\":\"three-track\"").doesNotContain("Grace Hopper");
        assertThat((String) row.get("meta")).contains("\"actorId\":\"hr-1\"", "\"actorRoles\":\"HR\"", "\"correlationId\"");
    }

    @Test
    void resendingTheSameRegistrationGivesTheSameAnswerAndNoSecondEvent() {
        String id = UUID.randomUUID().toString();

        Response first = api.post("/api/employees", hrToken, registration(id));
        Response retry = api.post("/api/employees", hrToken, registration(id));

        assertThat(retry.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void differentDetailsUnderATakenIdAreAConflict() {
        String id = UUID.randomUUID().toString();
        api.post("/api/employees", hrToken, registration(id));

        Response conflict = api.post("/api/employees", hrToken, registration(id).replace("Grace Hopper", "Someone"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).isEqualTo("application/problem+json");
        assertThat(conflict.body()).contains("/problems/employee-already-registered");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void badInputGetsAProblemAndWritesNothing() {
        String id = UUID.randomUUID().toString();

        Response malformed = api.post("/api/employees", hrToken, "{\"employeeId\": ");
        Response missingName = api.post("/api/employees", hrToken, registration(id).replace("\"Grace Hopper\"", "null"));
        Response badLevel = api.post("/api/employees", hrToken, registration(id).replace("\"level\": 2", "\"level\": 0"));

        for (Response response : List.of(malformed, missingName, badLevel)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void withoutTokenIs401AndWithoutHrRoleIs403AndNothingIsWritten() {
        String id = UUID.randomUUID().toString();

        Response anonymous = api.post("/api/employees", null, registration(id));
        Response forged = api.post("/api/employees", "not-a-jwt", registration(id));
        Response employee = api.post("/api/employees", api.token("emp-7", "EMPLOYEE"), registration(id));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(employee.status()).isEqualTo(403);
        assertThat(employee.contentType()).isEqualTo("application/problem+json");
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void theEventIsPublishedToKafkaAsABinaryCloudEventKeyedByEmployee() {
        String id = UUID.randomUUID().toString();
        api.post("/api/employees", hrToken, registration(id));
        String eventId = jdbc.queryForObject(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, id);

        List<ConsumerRecord<String, CloudEvent>> received = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = consumer()) {
            consumer.subscribe(List.of("career.events.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return received.stream().anyMatch(record -> id.equals(record.key()));
            });
        }

        ConsumerRecord<String, CloudEvent> record = received.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        CloudEvent event = record.value();
        assertThat(event.getId()).isEqualTo(eventId);
        assertThat(event.getType()).isEqualTo("io.careerledger.EmployeeRegistered.v2");
        assertThat(event.getSubject()).isEqualTo(id);
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("aggregatesequence")).hasToString("0");
        assertThat(event.getExtension("actorid")).isEqualTo("hr-1");
        assertThat(event.getExtension("correlationid")).isNotNull();
        assertThat(event.getExtension("causationid")).isNotNull();
        assertThat(event.getExtension("commandid")).isEqualTo(event.getExtension("causationid"));
        assertThat(event.getExtension("actorroles")).isEqualTo("HR");
        assertThat(record.headers().lastHeader("ce_specversion").value()).isEqualTo("1.0".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).contains("\"employeeId\":\"" + id + "\"");
    }

    private int eventsOf(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, id);
    }

    private KafkaConsumer<String, CloudEvent> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer());
    }

    private static String registration(String id) {
        return """
                {"employeeId": "%s", "fullName": "Grace Hopper", "email": "grace@example.org",
                 "managerId": null, "level": 2, "hireDate": "2023-09-01"}""".formatted(id);
    }
}
