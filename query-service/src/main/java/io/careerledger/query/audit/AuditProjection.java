package io.careerledger.query.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.FeedbackGiven;
import io.careerledger.query.consumption.BatchedWrites;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;

/** Every event with its CloudEvents attributes, kept forever: the audit log. */
@Component
class AuditProjection implements Projection {

    /** Has its own column. */
    private static final String SEQUENCE = "aggregatesequence";
    private static final String ACTOR_ID = "actorid";
    private static final String ACTOR_ROLES = "actorroles";

    private final BatchedWrites writes;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    AuditProjection(BatchedWrites writes, JsonMapper json) {
        this.writes = writes;
        this.json = json;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.onEvery(this::recorded);
    }

    /**
     * An anonymous feedback answer is stored without its actor: a column and metadata that anyone could
     * filter on (?actorId=) would name its author; the author stays in the payload, shown to HR only once revealed.
     */
    void recorded(Envelope<CareerEvent> envelope) {
        Map<String, String> metadata = new TreeMap<>(envelope.metadata());
        metadata.remove(SEQUENCE);
        boolean anonymous = envelope.payload() instanceof FeedbackGiven;
        if (anonymous) {
            metadata.remove(ACTOR_ID);
            metadata.remove(ACTOR_ROLES);
        }
        writes.write("audit_event", envelope.id(), """
                INSERT INTO audit_event (event_id, event_type, subject, occurred_at, aggregate_sequence, actor_id, correlation_id,
                    payload, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) ON CONFLICT DO NOTHING""",
                envelope.id(), envelope.type(), envelope.subject(), Timestamp.from(envelope.time()), envelope.aggregateSequence(),
                anonymous ? null : envelope.actorId(), envelope.correlationId(), envelope.payloadJson(), json.writeValueAsString(metadata),
                Timestamp.from(Instant.now(clock)));
    }
}
