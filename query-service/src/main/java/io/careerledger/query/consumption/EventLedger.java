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
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;
import io.careerledger.events.ManagerChanged;
import io.careerledger.query.generation.GenerationPin;

/**
 * Applies received events: records each in the audit log and feeds every projection, in the same
 * transaction as the record keyed by the event id, so a redelivered event changes nothing.
 */
@Service
public class EventLedger {

    private static final String SEQUENCE = "aggregatesequence";

    private final AuditEventRepository auditLog;
    private final List<Projection> projections;
    private final JsonMapper json;
    private final Clock clock;
    private final GenerationPin generation;
    private final ApplicationEventPublisher changes;
    private final EntityManager entityManager;

    EventLedger(AuditEventRepository auditLog, List<Projection> projections, JsonMapper json, GenerationPin generation,
                ApplicationEventPublisher changes, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.changes = changes;
        this.auditLog = auditLog;
        this.projections = projections;
        this.json = json;
        this.generation = generation;
        this.clock = Clock.systemUTC();
    }

    /** @return whether the event was new */
    @Transactional
    public boolean apply(CloudEvent cloudEvent) {
        return !applyAll(List.of(cloudEvent)).isEmpty();
    }

    /**
     * Applies a poll's records in one transaction, in their order: one look-up of the ids already
     * applied, then the new events (an id seen twice in the batch is applied once). If any event
     * fails, nothing of the batch is written.
     *
     * @return the events that were new
     */
    @Transactional
    public List<CloudEvent> applyAll(List<CloudEvent> cloudEvents) {
        generation.pin();
        Set<String> seen = new HashSet<>(auditLog.idsAmong(cloudEvents.stream().map(CloudEvent::getId).toList()));
        List<CloudEvent> applied = new ArrayList<>();
        for (CloudEvent cloudEvent : cloudEvents) {
            if (seen.add(cloudEvent.getId())) {
                project(cloudEvent);
                applied.add(cloudEvent);
            }
        }
        return applied;
    }

    private void project(CloudEvent cloudEvent) {
        Class<? extends CareerEvent> type = EventTypes.classOf(cloudEvent.getType())
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + cloudEvent.getType()));
        byte[] body = cloudEvent.getData() == null ? new byte[0] : cloudEvent.getData().toBytes();
        CareerEvent event = json.readValue(body, type);
        AuditEvent envelope = new AuditEvent(
                cloudEvent.getId(), cloudEvent.getType(), cloudEvent.getSubject(),
                cloudEvent.getTime() == null ? Instant.now(clock) : cloudEvent.getTime().toInstant(),
                longExtension(cloudEvent, SEQUENCE),
                textExtension(cloudEvent, "actorid"),
                textExtension(cloudEvent, "correlationid"),
                new String(body, StandardCharsets.UTF_8),
                metadataOf(cloudEvent),
                Instant.now(clock));
        // persist, not save: the id is assigned, and save would select it first to decide insert or update
        entityManager.persist(envelope);
        projections.forEach(projection -> projection.project(event, envelope));
        String formerManager = event instanceof ManagerChanged moved ? moved.previousManagerId() : null;
        changes.publishEvent(new ReadModelChanged(event.subject(), cloudEvent.getType(), cloudEvent.getId(),
                envelope.occurredAt(), formerManager));
    }

    /** Every extension but the sequence (which has its own column): actor, roles, correlation, reason, ... */
    private static Map<String, String> metadataOf(CloudEvent event) {
        Map<String, String> metadata = new TreeMap<>();
        event.getExtensionNames().stream()
                .filter(name -> !SEQUENCE.equals(name))
                .forEach(name -> metadata.put(name, String.valueOf(event.getExtension(name))));
        return metadata;
    }

    private static String textExtension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }

    private static Long longExtension(CloudEvent event, String name) {
        String value = textExtension(event, name);
        return value == null ? null : Long.valueOf(value);
    }
}
