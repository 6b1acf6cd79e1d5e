package io.careerledger.command.publication;

import java.util.OptionalLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * {@code careerledger.publication.backlog}: events stored but not yet acknowledged by Kafka — the head
 * of the event store minus the publisher's slowest segment.
 */
@Component
class PublicationBacklog implements MeterBinder {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    PublicationBacklog(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    long events() {
        long head = position(eventStore.createHeadToken()).orElse(-1);
        StreamingEventProcessor publisher = processing
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        long published = publisher.processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .mapToLong(token -> position(token).orElse(-1))
                .min()
                .orElse(-1);
        return Math.max(0, head - published);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("careerledger.publication.backlog", this, PublicationBacklog::events)
                .description("Events stored but not yet published to Kafka")
                .baseUnit("events")
                .register(registry);
    }
}
