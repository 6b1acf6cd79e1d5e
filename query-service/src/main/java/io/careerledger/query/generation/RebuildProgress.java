package io.careerledger.query.generation;

import java.time.Instant;

/**
 * Where a rebuild stands.
 *
 * @param state            RUNNING, SWITCHED (serving from the new generation) or FAILED
 * @param eventsPerSecond  events applied per second so far
 * @param etaSeconds       estimated seconds left while running
 */
public record RebuildProgress(String generation, String state, long eventsDone, long eventsTotal,
                              double eventsPerSecond, Long etaSeconds, Instant startedAt, Instant finishedAt,
                              String error) {
}
