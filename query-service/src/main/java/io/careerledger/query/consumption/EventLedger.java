package io.careerledger.query.consumption;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudevents.CloudEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;
import io.careerledger.events.ManagerChanged;
import io.careerledger.query.generation.GenerationPin;

/**
 * Applies one received event: records it in the audit log and feeds every projection, all in one
 * transaction keyed by the event id, so a redelivered event changes nothing.
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

    EventLedger(AuditEventRepository auditLog, List<Projection> projections, JsonMapper json, GenerationPin generation,
                ApplicationEventPublisher changes) {
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
        generation.pin();
        if (auditLog.existsById(cloudEvent.getId())) {
            return false;
        }
        Class<? extends CareerEvent> type = EventTypes.classOf(cloudEvent.getType())
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + cloudEvent.getType()));
        byte[] body = cloudEvent.getData() == null ? new byte[0] : cloudEvent.getData().toBytes();
        CareerEvent event = json.readValue(body, type);
        AuditEvent envelope = auditLog.save(new AuditEvent(
                cloudEvent.getId(), cloudEvent.getType(), cloudEvent.getSubject(),
                cloudEvent.getTime() == null ? Instant.now(clock) : cloudEvent.getTime().toInstant(),
                longExtension(cloudEvent, SEQUENCE),
                textExtension(cloudEvent, "actorid"),
                textExtension(cloudEvent, "correlationid"),
                new String(body, StandardCharsets.UTF_8),
                metadataOf(cloudEvent),
                Instant.now(clock)));
        projections.forEach(projection -> projection.project(event, envelope));
        String formerManager = event instanceof ManagerChanged moved ? moved.previousManagerId() : null;
        changes.publishEvent(new ReadModelChanged(event.subject(), cloudEvent.getType(), cloudEvent.getId(),
                envelope.occurredAt(), formerManager));
        return true;
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
