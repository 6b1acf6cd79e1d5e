package io.careerledger.query.consumption;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.cloudevents.CloudEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.query.personaldata.PersonalDataKeys;
import io.careerledger.query.personaldata.PersonalDataReader;

/**
 * Applies received events: records each id as applied and hands the event to every projection's
 * handler of its type, in one transaction, so a redelivered event changes nothing; the same transaction
 * records how far each aggregate is applied ({@link AggregateProgress}). Projections see the
 * payload's personal fields opened (or erased); the metadata's {@code reason} stays as received (it is
 * opened where it is shown), and the audit log keeps the payload as received, ciphertext and all.
 */
@Service
public class EventLedger {

    private final JdbcTemplate jdbc;
    private final Handlers handlers;
    private final JsonMapper json;
    private final Clock clock;
    private final ReadModelTarget target;
    private final ApplicationEventPublisher changes;
    private final PersonalDataReader personalData;
    private final PersonalDataKeys keys;
    private final AggregateProgress progress;
    private final BatchedWrites writes;

    EventLedger(JdbcTemplate jdbc, List<Projection> projections, JsonMapper json, ReadModelTarget target,
                ApplicationEventPublisher changes, PersonalDataReader personalData, PersonalDataKeys keys, AggregateProgress progress,
                BatchedWrites writes) {
        this.jdbc = jdbc;
        this.handlers = Handlers.of(projections);
        this.json = json;
        this.target = target;
        this.changes = changes;
        this.personalData = personalData;
        this.keys = keys;
        this.progress = progress;
        this.writes = writes;
        this.clock = Clock.systemUTC();
    }

    /** @return whether the event was new */
    @Transactional
    public boolean apply(CloudEvent cloudEvent) {
        return !applyAll(List.of(cloudEvent)).isEmpty();
    }

    /**
     * Applies a poll's records in one transaction, in their order: one statement records their ids as
     * applied and answers which were new, then the new events (an id seen twice in the batch is applied
     * once), then the writes the projections held ({@link BatchedWrites}) as batches. If any event fails,
     * nothing of the batch is written.
     *
     * @return the events that were new
     */
    @Transactional
    public List<CloudEvent> applyAll(List<CloudEvent> cloudEvents) {
        if (cloudEvents.isEmpty()) {
            return List.of();
        }
        boolean serving = target.pin();
        String[] ids = cloudEvents.stream().map(CloudEvent::getId).toArray(String[]::new);
        // one statement records the ids and answers which were new (a second copy in the batch conflicts with the first)
        Set<String> fresh = new HashSet<>(jdbc.queryForList(
                "INSERT INTO applied_event (event_id) SELECT unnest(?::varchar[]) ON CONFLICT DO NOTHING RETURNING event_id",
                String.class, (Object) ids));
        List<CloudEvent> applied = new ArrayList<>();
        for (CloudEvent cloudEvent : cloudEvents) {
            if (fresh.remove(cloudEvent.getId())) {
                project(cloudEvent, serving);
                applied.add(cloudEvent);
            }
        }
        writes.flush();
        progress.applied(applied);
        return applied;
    }

    /** A generation being rebuilt serves nobody yet: nobody is told of its changes. */
    private void project(CloudEvent cloudEvent, boolean serving) {
        Envelope<?> envelope = envelopeOf(cloudEvent);
        if (envelope.payload() instanceof PersonalDataErased erased) {
            // before the projections scrub, and before any later event of the person is opened
            keys.forget(erased.employeeId());
        }
        handlers.dispatch(envelope);
        if (!serving) {
            return;
        }
        String formerManager = envelope.payload() instanceof ManagerChanged moved ? moved.previousManagerId() : null;
        changes.publishEvent(new ReadModelChanged(envelope.payload().subject(), envelope.type(), envelope.id(), envelope.time(),
                formerManager));
    }

    private Envelope<CareerEvent> envelopeOf(CloudEvent cloudEvent) {
        Class<? extends CareerEvent> type = EventTypes.classOf(cloudEvent.getType())
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + cloudEvent.getType()));
        byte[] body = cloudEvent.getData() == null ? new byte[0] : cloudEvent.getData().toBytes();
        Map<String, String> metadata = new TreeMap<>();
        cloudEvent.getExtensionNames().forEach(name -> metadata.put(name, String.valueOf(cloudEvent.getExtension(name))));
        return new Envelope<>(cloudEvent.getId(), cloudEvent.getType(), cloudEvent.getSubject(),
                cloudEvent.getTime() == null ? Instant.now(clock) : cloudEvent.getTime().toInstant(), metadata,
                json.treeToValue(personalData.open(type, json.readTree(body)), type), new String(body, StandardCharsets.UTF_8));
    }
}
