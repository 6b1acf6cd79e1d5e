package io.careerledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The query-service's {@code careerledger.live.notification.delay} timer: from the commit that applied an
 * event to its change being heard over PostgreSQL {@code LISTEN} — the hop every replica's live streams
 * take, whichever replica applied the event. Two readings bracket a phase; their difference is its mean.
 */
record LiveUpdateDelay(long count, double totalSeconds) {

    private static final String TIMER = "/actuator/metrics/careerledger.live.notification.delay";

    static LiveUpdateDelay read(ServiceClient queryService, String token) {
        JsonNode measurements = queryService.get(TIMER, token).path("measurements");
        long count = 0;
        double total = 0;
        for (JsonNode measurement : measurements) {
            switch (measurement.path("statistic").asText()) {
                case "COUNT" -> count = measurement.path("value").asLong();
                case "TOTAL_TIME" -> total = measurement.path("value").asDouble();
                default -> { }
            }
        }
        return new LiveUpdateDelay(count, total);
    }

    /** The mean delay, in ms, of the changes heard since {@code before}; NaN when none was. */
    double meanMsSince(LiveUpdateDelay before) {
        long heard = count - before.count;
        return heard <= 0 ? Double.NaN : Latencies.round(1000 * (totalSeconds - before.totalSeconds) / heard);
    }

    long heardSince(LiveUpdateDelay before) {
        return count - before.count;
    }
}
