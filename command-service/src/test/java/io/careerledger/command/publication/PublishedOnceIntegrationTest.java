package io.careerledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.CommandServiceIntegrationTest;

/** The publisher's token goes back, as after a killed replica: what is already on the topic is not sent again. */
@CommandServiceIntegrationTest
class PublishedOnceIntegrationTest {

    private static final String TOPIC = "career.events.v1";

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    PublishedPositions published;
    @Autowired
    PublicationBacklog backlog;

    @Test
    void eventsReprocessedFromAnOlderTokenAreNotPublishedTwiceAndNewOnesStillAre() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-once", "HR");
        TrackingToken beforeTheBurst = eventStore.createHeadToken();
        List<String> employees = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            employees.add(register(api, hr, i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog.events() == 0);

        StreamingEventProcessor publisher = processing
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        publisher.shutDown();
        publisher.resetTokens(beforeTheBurst);
        // a replica that takes the token over knows nothing of what its predecessor sent
        published.forget();
        publisher.start();
        employees.add(register(api, hr, 10));
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog.events() == 0);

        List<CloudEvent> events = eventsOf(Set.copyOf(employees));
        assertThat(events).extracting(CloudEvent::getSubject).containsExactlyInAnyOrderElementsOf(employees);
        assertThat(events).extracting(CloudEvent::getId).doesNotHaveDuplicates();
        assertThat(events).allSatisfy(event -> assertThat(event.getExtension(CloudEventFactory.EVENT_POSITION)).isNotNull());
    }

    private static String register(ApiClient api, String hr, int i) {
        String id = UUID.randomUUID().toString();
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Once %d", "email": "once%d@example.org",
                 "level": 1, "hireDate": "2025-01-06"}""".formatted(id, i, i)).status()).isEqualTo(201);
        return id;
    }

    /** Every record on the topic up to its current end whose key is one of these. */
    private List<CloudEvent> eventsOf(Set<String> keys) {
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<CloudEvent> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(record.key())) {
                        events.add(record.value());
                    }
                }
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
            });
            return events;
        }
    }
}
