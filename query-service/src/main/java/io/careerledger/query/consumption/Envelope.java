package io.careerledger.query.consumption;

import java.time.Instant;
import java.util.Map;

import io.careerledger.events.CareerEvent;

/**
 * One received event as projections see it: its CloudEvents attributes and its payload, read once.
 *
 * @param metadata    every extension (actorid, roles, correlationid, reason, aggregatesequence, ...), as text
 * @param payload     the event, read into its contract record, its personal fields opened
 * @param payloadJson the payload as it was received (personal fields as ciphertext), for the audit log to keep unchanged
 */
public record Envelope<E extends CareerEvent>(String id, String type, String subject, Instant time, Map<String, String> metadata,
                                              E payload, String payloadJson) {

    public Envelope {
        metadata = Map.copyOf(metadata);
    }

    /** A metadata extension; absent when the event carries none. */
    public String metadata(String name) {
        return metadata.get(name);
    }

    public String actorId() {
        return metadata("actorid");
    }

    public String correlationId() {
        return metadata("correlationid");
    }

    public Long aggregateSequence() {
        String sequence = metadata("aggregatesequence");
        return sequence == null ? null : Long.valueOf(sequence);
    }

    /** The same envelope typed as what its payload is, for a handler of that type. */
    @SuppressWarnings("unchecked")
    <T extends CareerEvent> Envelope<T> as(Class<T> type) {
        type.cast(payload);
        return (Envelope<T>) this;
    }
}
