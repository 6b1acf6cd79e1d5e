package io.careerledger.query.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;
import io.careerledger.query.consumption.Envelope;

/** Envelopes as the consumption pipeline hands them to projections, for calling handlers directly. */
public final class Envelopes {

    public static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Envelopes() {
    }

    public static <E extends CareerEvent> Envelope<E> of(E event) {
        return of(event, AT);
    }

    public static <E extends CareerEvent> Envelope<E> of(E event, Instant at) {
        return new Envelope<>(UUID.randomUUID().toString(), EventTypes.typeOf(event.getClass()), event.subject(), at,
                Map.of("actorid", "actor-1", "correlationid", "correlation-1", "aggregatesequence", "7"), event,
                JSON.writeValueAsString(event));
    }
}
