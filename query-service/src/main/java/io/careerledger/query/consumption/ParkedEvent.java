package io.careerledger.query.consumption;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event that kept failing, with everything needed to apply it again. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent {

    @Id
    private String eventId;
    private String eventType;
    private String subject;
    private String source;
    private Instant occurredAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private Map<String, String> extensions;
    private String data;
    private String topic;
    private int kafkaPartition;
    private long kafkaOffset;
    private String error;
    private Instant parkedAt;
    private int redriveAttempts;

    protected ParkedEvent() {
    }

    ParkedEvent(CloudEvent event, String topic, int partition, long offset, String error, Instant parkedAt) {
        this.eventId = event.getId();
        this.eventType = event.getType();
        this.subject = event.getSubject();
        this.source = event.getSource() == null ? null : event.getSource().toString();
        this.occurredAt = event.getTime() == null ? null : event.getTime().toInstant();
        this.extensions = new LinkedHashMap<>();
        event.getExtensionNames().forEach(name -> extensions.put(name, String.valueOf(event.getExtension(name))));
        this.data = event.getData() == null ? null : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        this.topic = topic;
        this.kafkaPartition = partition;
        this.kafkaOffset = offset;
        this.error = error;
        this.parkedAt = parkedAt;
    }

    /** The event as it was received, to apply again. */
    CloudEvent toCloudEvent() {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(eventId)
                .withType(eventType)
                .withSource(URI.create(source))
                .withSubject(subject);
        if (occurredAt != null) {
            builder.withTime(occurredAt.atOffset(ZoneOffset.UTC));
        }
        if (data != null) {
            builder.withData("application/json", data.getBytes(StandardCharsets.UTF_8));
        }
        extensions.forEach(builder::withExtension);
        return builder.build();
    }

    void failedAgain(String error) {
        this.error = error;
        this.redriveAttempts++;
    }

    public ParkedEventSummary summary() {
        return new ParkedEventSummary(eventId, eventType, subject, occurredAt, topic, kafkaPartition, kafkaOffset,
                error, parkedAt, redriveAttempts);
    }

    /** What HR sees of a parked event. */
    @Schema(example = """
            {
              "eventId": "0b7e8e2d-4f10-4c55-9a61-6f1c2b9e3d4a",
              "eventType": "io.careerledger.CompetencyAssessed.v1",
              "subject": "213d9fab-41dd-396b-8399-8f7f18091e2c",
              "occurredAt": "2026-03-12T09:00:00Z",
              "topic": "career.events.v1",
              "partition": 3,
              "offset": 1842,
              "error": "No framework version three-track v9",
              "parkedAt": "2026-03-12T09:00:07Z",
              "redriveAttempts": 0
            }
            """)
    public record ParkedEventSummary(String eventId, String eventType, String subject, Instant occurredAt,
                                     String topic, int partition, long offset, String error, Instant parkedAt,
                                     int redriveAttempts) {
    }
}
