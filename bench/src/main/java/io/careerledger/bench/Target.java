package io.careerledger.bench;

import java.util.List;

/**
 * A quality bar of DESIGN section 7: the figure it judges, the bound, and which side of it passes.
 *
 * @param atLeast true when the figure must reach the bound, false when it must stay within it
 */
record Target(String key, String figure, double bound, boolean atLeast) {

    static final List<Target> DESIGN = List.of(
            // the floor (same HTTP, JWT and one durable INSERT per request) replaced raw INSERTs as the yardstick
            new Target("command_floor_ratio", "commands/s ÷ floor requests/s", 0.5, true),
            new Target("latency_p99_ms_at_200", "command latency p99 at 200/s (ms)", 25, false),
            new Target("freshness_p50_ms", "freshness p50 at 200/s (ms)", 100, false),
            new Target("freshness_p99_ms", "freshness p99 at 200/s (ms)", 500, false),
            new Target("encryption_throughput_ratio", "commands/s, personal fields encrypted ÷ plaintext", 0.9, true),
            new Target("encryption_freshness_p50_ratio", "freshness p50 at 40/s, encrypted ÷ plaintext", 1.1, false),
            new Target("rebuild_events_per_s", "read-model rebuild (events/s)", 20_000, true),
            new Target("long_history_command_ms", "command on a 10,000-event history (ms)", 20, false),
            new Target("dashboard_p99_ms", "dashboard query p99 (ms)", 50, false),
            new Target("as_of_p99_ms", "career as of an instant, 1,000 events, p99 (ms)", 50, false),
            new Target("max_heap_mib", "heap per service (MiB)", 512, false));

    /** Unmeasured figures (NaN, or -1 for "no reading") never pass. */
    boolean passes(double value) {
        if (Double.isNaN(value) || value < 0) {
            return false;
        }
        return atLeast ? value >= bound : value <= bound;
    }

    String condition() {
        return (atLeast ? "≥ " : "≤ ") + Report.format(bound);
    }
}
