package io.careerledger.bench;

import java.util.List;

/**
 * A quality bar: the figure it judges, the bound, and which side of it passes.
 *
 * @param atLeast true when the figure must reach the bound, false when it must stay within it
 */
record Target(String key, String figure, double bound, boolean atLeast) {

    /** Issue #16's bounds (stricter than DESIGN section 7's), and DESIGN's for encryption, which #16 leaves as they were. */
    static final List<Target> ALL = List.of(
            new Target("commands_per_s", "commands/s, 16 closed-loop clients", 1_000, true),
            // the floor (same HTTP, JWT and one durable INSERT per request) replaced raw INSERTs as the yardstick
            new Target("command_floor_ratio", "commands/s ÷ floor requests/s", 0.5, true),
            new Target("latency_p99_ms_at_200", "command latency p99 at 200/s (ms)", 15, false),
            new Target("freshness_p50_ms", "freshness p50 at 200/s (ms)", 25, false),
            new Target("freshness_p99_ms", "freshness p99 at 200/s (ms)", 100, false),
            new Target("commands_vs_axon_defaults", "commands/s ÷ axon_defaults' commands/s", 3, true),
            new Target("freshness_p50_vs_axon_defaults", "axon_defaults' freshness p50 ÷ ours", 10, true),
            new Target("encryption_throughput_ratio", "commands/s, personal fields encrypted ÷ plaintext", 0.9, true),
            new Target("encryption_freshness_p50_ratio", "freshness p50 at 40/s, encrypted ÷ plaintext", 1.1, false),
            new Target("rebuild_events_per_s", "read-model rebuild (events/s)", 50_000, true),
            new Target("catch_up_events_per_s", "live catch-up on a seeded backlog (events/s)", 50_000, true),
            new Target("long_history_extra_ms", "command on the 10,000-event person minus on a fresh one, medians (ms)", 2, false),
            new Target("long_history_first_command_ms", "first command on the 10,000-event person after seeding (ms)", 50, false),
            new Target("no_wall_max_change_pct", "largest change of latency, freshness or dashboard p99 from the smaller size to the full (%)", 20, false),
            new Target("dashboard_p99_ms", "dashboard query p99 (ms)", 20, false),
            new Target("as_of_p99_ms", "career as of an instant, 1,000 events, p99 (ms)", 50, false),
            new Target("max_heap_mib", "heap per service (MiB)", 384, false));

    /** How far a missed figure is from its bound: "×2.38 short" of a floor, "×1.44 over" a ceiling. */
    java.util.Optional<String> gap(double value) {
        if (passes(value) || Double.isNaN(value) || value <= 0) {
            return java.util.Optional.empty();
        }
        double factor = atLeast ? bound / Math.max(value, Double.MIN_VALUE) : value / bound;
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "×%.2f %s", factor, atLeast ? "short" : "over"));
    }

    /** Unmeasured figures (NaN) never pass; a negative one may (a long history faster than a fresh one). */
    boolean passes(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return atLeast ? value >= bound : value <= bound;
    }

    String condition() {
        return (atLeast ? "≥ " : "≤ ") + Report.format(bound);
    }
}
