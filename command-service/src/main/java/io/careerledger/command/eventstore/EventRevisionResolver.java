package io.careerledger.command.eventstore;

import org.axonframework.serialization.RevisionResolver;
import org.springframework.stereotype.Component;

import io.careerledger.events.EventRevision;

/**
 * Stores each event's {@link EventRevision} in {@code payload_revision}, so upcasters can tell old
 * payloads from new ones. The contract module keeps its own annotation to stay free of Axon.
 */
@Component
class EventRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventRevision revision = payloadType.getAnnotation(EventRevision.class);
        return revision == null ? null : String.valueOf(revision.value());
    }
}
