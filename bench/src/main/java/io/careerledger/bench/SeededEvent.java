package io.careerledger.bench;

import java.time.Instant;
import java.util.Map;

import io.careerledger.events.CareerEvent;

/** One event of the synthetic organisation, as the command-service would have stored it. */
record SeededEvent(String aggregateId, long sequence, String eventId, Instant timestamp,
                   CareerEvent payload, Map<String, String> metaData) {
}
