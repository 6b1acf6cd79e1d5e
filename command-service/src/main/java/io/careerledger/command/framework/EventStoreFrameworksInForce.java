package io.careerledger.command.framework;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.events.TrackRetirementScheduled;

/**
 * Folds a framework's own event stream into the version in force. Every career command needs it, so
 * the fold is kept and reused while the stream's last sequence number is unchanged: one indexed lookup
 * per command, correct across replicas because the event store is the only source.
 */
@Component
class EventStoreFrameworksInForce implements FrameworksInForce {

    private record Cached(long sequence, Optional<PublishedFramework> framework) {
    }

    private final EventStore eventStore;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    EventStoreFrameworksInForce(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<PublishedFramework> find(String frameworkId) {
        if (frameworkId == null) {
            return Optional.empty();
        }
        long sequence = eventStore.lastSequenceNumberFor(frameworkId).orElse(-1L);
        Cached cached = cache.get(frameworkId);
        if (cached == null || cached.sequence() != sequence) {
            cached = new Cached(sequence, fold(frameworkId));
            cache.put(frameworkId, cached);
        }
        return cached.framework();
    }

    private Optional<PublishedFramework> fold(String frameworkId) {
        FrameworkVersionPublished[] inForce = {null};
        Map<String, TrackRetirementScheduled> retirements = new HashMap<>();
        eventStore.readEvents(frameworkId).asStream().forEach(message -> {
            if (message.getPayload() instanceof FrameworkVersionPublished published) {
                inForce[0] = published;
                retirements.clear();
            } else if (message.getPayload() instanceof TrackRetirementScheduled retirement) {
                retirements.put(retirement.trackId(), retirement);
            }
        });
        return Optional.ofNullable(inForce[0])
                .map(published -> new PublishedFramework(published.version(), published.definition(), retirements));
    }
}
