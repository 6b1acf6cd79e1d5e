package io.careerledger.query.consumption;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One received event with its CloudEvents attributes, kept forever: the audit log. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private String eventId;
    private String eventType;
    private String subject;
    private Instant occurredAt;
    private Long aggregateSequence;
    private String actorId;
    private String correlationId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String payload;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private Map<String, String> metadata;
    private Instant recordedAt;

    protected AuditEvent() {
    }

    AuditEvent(String eventId, String eventType, String subject, Instant occurredAt, Long aggregateSequence,
               String actorId, String correlationId, String payload, Map<String, String> metadata, Instant recordedAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.subject = subject;
        this.occurredAt = occurredAt;
        this.aggregateSequence = aggregateSequence;
        this.actorId = actorId;
        this.correlationId = correlationId;
        this.payload = payload;
        this.metadata = metadata;
        this.recordedAt = recordedAt;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorId() {
        return actorId;
    }

    public String correlationId() {
        return correlationId;
    }

    /** A metadata extension (reason, conversation, review cycle, ...); absent when the event carries none. */
    public String metadata(String name) {
        return metadata == null ? null : metadata.get(name);
    }
}
