package io.careerledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.testsupport.SharedInfrastructure;

/** Kafka goes away under a burst of commands: nothing is refused, lost or reordered. */
@CommandServiceIntegrationTest
class BrokerOutageIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicationStatus status;
    @Autowired
    PublicationBacklog backlog;

    @AfterEach
    void brokerIsBack() {
        SharedInfrastructure.kafka().start();
    }

    @Test
    void commandsAreStoredWhileTheBrokerIsDownAndPublishedInOrderWhenItIsBack() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-outage", "HR");
        SharedInfrastructure.kafka().stop();

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            assertThat(api.post("/api/employees", hr, """
                    {"employeeId": "%s", "fullName": "Burst %d", "email": "burst%d@example.org",
                     "level": 1, "hireDate": "2025-01-06"}""".formatted(id, i, i)).status()).isEqualTo(201);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN ("
                + String.join(",", ids.stream().map(id -> "'" + id + "'").toList()) + ")", Integer.class)).isEqualTo(20);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DOWN".equals(status.health().getStatus().getCode()));
        assertThat(backlog.events()).isPositive();

        SharedInfrastructure.kafka().start();

        Map<String, List<Long>> sequencesByKey = new HashMap<>();
        List<String> eventIds = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = consumer()) {
            consumer.subscribe(List.of("career.events.v1"));
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    if (ids.contains(record.key())) {
                        eventIds.add(record.value().getId());
                        sequencesByKey.computeIfAbsent(record.key(), key -> new ArrayList<>())
                                .add(Long.valueOf(record.value().getExtension("aggregatesequence").toString()));
                    }
                }
                return sequencesByKey.keySet().containsAll(ids);
            });
        }
        assertThat(eventIds).doesNotHaveDuplicates().hasSize(20);
        sequencesByKey.values().forEach(sequences -> assertThat(sequences).isSorted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(status.health().getStatus().getCode()).isEqualTo("UP");
            assertThat(backlog.events()).isZero();
        });
    }

    private KafkaConsumer<String, CloudEvent> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "outage-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer());
    }
}
