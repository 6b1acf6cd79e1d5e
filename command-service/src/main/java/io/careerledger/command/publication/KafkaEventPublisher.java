package io.careerledger.command.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to Kafka from a streaming processor whose token lives in PostgreSQL.
 * The events of one processor batch are sent without waiting for each other; the batch commits (and
 * its token moves on) only after the broker acknowledged every record ({@code acks=all}), so the token
 * never passes an unpublished event, and no second write in the command's transaction. The events a
 * new owner of the token re-reads (after a crash or a batch that failed half-way) are already on the
 * topic and are skipped ({@link PublishedPositions}): each event is published once.
 * Waiting per record instead cost the producer's linger (5 ms by default since Kafka 4) per event:
 * about 145 events/s, too slow to keep up with 200 commands/s (bench report).
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
class KafkaEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String UNACKNOWLEDGED = KafkaEventPublisher.class.getName() + ".unacknowledged";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final CloudEventFactory cloudEvents;
    private final PublicationProperties properties;
    private final PublicationStatus status;
    private final PublishedPositions published;

    KafkaEventPublisher(KafkaTemplate<String, CloudEvent> kafka, CloudEventFactory cloudEvents,
                        PublicationProperties properties, PublicationStatus status, PublishedPositions published) {
        this.kafka = kafka;
        this.cloudEvents = cloudEvents;
        this.properties = properties;
        this.status = status;
        this.published = published;
    }

    /** A failure propagates: the processor keeps its token and retries the batch until Kafka takes it. */
    @EventHandler
    void publish(Object payload, TrackedEventMessage<?> message) throws ExecutionException, InterruptedException, TimeoutException {
        CloudEvent event = cloudEvents.toCloudEvent(message);
        CompletableFuture<?> sent;
        try {
            OptionalInt partition = published.partitionToSend(event.getSubject(), message.trackingToken().position().orElseThrow());
            if (partition.isEmpty()) {
                // on the topic already: a success, or health would stay DOWN after a retry that had nothing left to send
                status.published(Instant.now());
                return;
            }
            sent = kafka.send(new ProducerRecord<>(properties.topic(), partition.getAsInt(), event.getSubject(), event));
        } catch (RuntimeException e) {
            // the partition may be counted as sent although it was not, or the topic's tail was unreadable
            published.forget();
            status.failed(Instant.now(), e);
            throw e;
        }
        if (CurrentUnitOfWork.isStarted()) {
            unacknowledged(CurrentUnitOfWork.get().root()).add(sent);
        } else {
            awaitAcknowledged(List.of(sent));
        }
    }

    /** The batch's sent records; before the batch commits, all of them must be acknowledged. */
    private List<CompletableFuture<?>> unacknowledged(UnitOfWork<?> batch) {
        return batch.getOrComputeResource(UNACKNOWLEDGED, key -> {
            List<CompletableFuture<?>> records = new ArrayList<>();
            // some of the batch's records may be on the topic: read what is there before the retry
            batch.onRollback(rolledBack -> published.forget());
            batch.onPrepareCommit(committing -> {
                try {
                    awaitAcknowledged(records);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException("Kafka did not acknowledge the batch", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
            return records;
        });
    }

    private void awaitAcknowledged(List<CompletableFuture<?>> records) throws ExecutionException, InterruptedException, TimeoutException {
        try {
            CompletableFuture.allOf(records.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            status.published(Instant.now());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            status.failed(Instant.now(), e);
            throw e;
        }
    }
}
