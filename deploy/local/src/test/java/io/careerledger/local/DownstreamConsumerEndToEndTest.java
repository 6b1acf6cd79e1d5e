package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;

/**
 * A downstream system's view: a plain kafka-clients consumer with the CloudEvents deserializer and the
 * schemas shipped in shared-events — no code of the services — reads what the demo organisation produced.
 */
class DownstreamConsumerEndToEndTest {

    @Test
    void everyDemoEventArrivesAsAValidCloudEventWhoseBodyMatchesItsSchema() {
        new DemoOrganisation(RunningStack.services().commandServiceUrl()).seed();
        Set<String> demoEmployees = new HashSet<>();
        DemoOrganisation.PEOPLE.forEach(person -> demoEmployees.add(DemoOrganisation.idOf(person.get(0))));

        List<CloudEvent> received = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "downstream-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of("career.events.v1"));
            Set<String> seen = new HashSet<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    assertThat(record.key()).isEqualTo(record.value().getSubject());
                    received.add(record.value());
                    seen.add(record.key());
                }
                return seen.containsAll(demoEmployees);
            });
        }

        Map<String, Schema> schemas = new HashMap<>();
        for (CloudEvent event : received) {
            assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
            assertThat(event.getId()).isNotBlank();
            assertThat(event.getSource()).hasToString("urn:careerledger:command-service");
            assertThat(event.getTime()).isNotNull();
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getExtension("actorid")).isNotNull();
            assertThat(event.getExtension("correlationid")).isNotNull();
            Class<? extends CareerEvent> type = EventTypes.classOf(event.getType()).orElseThrow();
            Schema schema = schemas.computeIfAbsent(event.getType(), ignored -> schemaOf(type));
            assertThat(schema.validate(new String(event.getData().toBytes(), StandardCharsets.UTF_8), InputFormat.JSON))
                    .as("body of %s %s", event.getType(), event.getId())
                    .isEmpty();
        }
        assertThat(received.stream().map(CloudEvent::getId).distinct().count()).isEqualTo(received.size());
    }

    private static Schema schemaOf(Class<? extends CareerEvent> type) {
        String resource = "/contract/schemas/" + type.getSimpleName() + ".v" + EventTypes.revisionOf(type) + ".schema.json";
        try (InputStream schema = CareerEvent.class.getResourceAsStream(resource)) {
            assertThat(schema).as(resource).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(schema.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
