package io.careerledger.query.consumption;

import java.time.Instant;

/** Published after an event's effects are committed: what live dashboards listen to. */
public record ReadModelChanged(String employeeId, String eventType, String eventId, Instant occurredAt) {
}
