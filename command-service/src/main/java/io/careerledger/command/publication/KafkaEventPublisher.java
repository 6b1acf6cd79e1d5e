package io.careerledger.command.publication;

import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to Kafka from a streaming processor whose token lives in PostgreSQL.
 * The handler returns only after the broker acknowledged the record ({@code acks=all}), so the token
 * never passes an unpublished event: at-least-once, and no second write in the command's transaction.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
class KafkaEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final CloudEventFactory cloudEvents;
    private final PublicationProperties properties;
    private final PublicationStatus status;

    KafkaEventPublisher(KafkaTemplate<String, CloudEvent> kafka, CloudEventFactory cloudEvents,
                        PublicationProperties properties, PublicationStatus status) {
        this.kafka = kafka;
        this.cloudEvents = cloudEvents;
        this.properties = properties;
        this.status = status;
    }

    /** A failure propagates: the processor keeps its token and retries this event until Kafka takes it. */
    @EventHandler
    void publish(Object payload, EventMessage<?> message) throws ExecutionException, InterruptedException, TimeoutException {
        CloudEvent event = cloudEvents.toCloudEvent(message);
        try {
            kafka.send(new ProducerRecord<>(properties.topic(), event.getSubject(), event)).get(30, TimeUnit.SECONDS);
            status.published(Instant.now());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            status.failed(Instant.now(), e);
            throw e;
        }
    }
}
