package io.careerledger.query.generation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * Where a rebuild stands.
 *
 * @param state            RUNNING, SWITCHED (serving from the new generation) or FAILED
 * @param eventsPerSecond  events applied per second so far
 * @param etaSeconds       estimated seconds left while running
 */
@Schema(example = """
        {
          "generation": "g2",
          "state": "RUNNING",
          "eventsDone": 120000,
          "eventsTotal": 480000,
          "eventsPerSecond": 2400.0,
          "etaSeconds": 150,
          "startedAt": "2026-03-10T02:00:00Z",
          "finishedAt": null,
          "error": null
        }
        """)
public record RebuildProgress(String generation, String state, long eventsDone, long eventsTotal,
                              double eventsPerSecond, Long etaSeconds, Instant startedAt, Instant finishedAt,
                              String error) {
}
