package io.careerledger.command.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.CommandServiceIntegrationTest;

/**
 * A registration stored as revision 1 (before frameworks existed) still loads, as revision 2 on the
 * default framework, and is published as revision 2.
 */
@CommandServiceIntegrationTest
class StoredRevisionOneIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOldRegistrationLoadsAndPublishesAsTheCurrentRevision() {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        storeRevisionOne(id, eventId);

        ApiClient api = new ApiClient(port);
        ApiClient.Response retry = api.post("/api/employees", api.token("hr-1", "HR"), """
                {"employeeId": "%s", "fullName": "Hedy Lamarr", "email": "hedy@example.org",
                 "level": 3, "hireDate": "2020-05-04"}""".formatted(id));

        // the upcast history equals a registration on the default framework: a harmless retry
        assertThat(retry.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id)).isEqualTo(1);

        CloudEvent published = publishedEvent(eventId);
        assertThat(published.getType()).isEqualTo("io.careerledger.EmployeeRegistered.v2");
        assertThat(new String(published.getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"frameworkId\":\"three-track\"", "\"fullName\":\"Hedy Lamarr\"");
    }

    private void storeRevisionOne(String id, String eventId) {
        String payload = """
                {"employeeId":"%s","fullName":"Hedy Lamarr","email":"hedy@example.org","level":3,"hireDate":"2020-05-04"}"""
                .formatted(id);
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, 'EmployeeCareer', ?, 'io.careerledger.events.EmployeeRegistered', '1', ?, ?)""",
                eventId, id, Instant.now().toString(), payload.getBytes(StandardCharsets.UTF_8),
                "{\"actorId\":\"hr-legacy\"}".getBytes(StandardCharsets.UTF_8));
    }

    private CloudEvent publishedEvent(String eventId) {
        List<CloudEvent> received = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of("career.events.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> received.add(record.value()));
                return received.stream().anyMatch(event -> eventId.equals(event.getId()));
            });
        }
        return received.stream().filter(event -> eventId.equals(event.getId())).findFirst().orElseThrow();
    }
}
