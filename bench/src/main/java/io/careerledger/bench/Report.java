package io.careerledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of one run under their fixed JSON keys, each DESIGN target judged pass / miss, and notes
 * on how they were measured; written as {@code report.json} and {@code report.md}.
 */
final class Report {

    static final List<String> KEYS = List.of("commands_per_s", "raw_insert_tx_per_s", "command_throughput_ratio",
            "floor_per_s", "command_floor_ratio", "cpu_ms_per_command",
            "latency_p99_ms_at_200", "freshness_p50_ms", "freshness_p99_ms",
            "latency_p99_ms_at_500", "freshness_p50_ms_at_500", "freshness_p99_ms_at_500", "live_update_delay_mean_ms_at_200",
            "saturation_commands_per_s",
            "axon_defaults_commands_per_s", "axon_defaults_freshness_p50_ms", "axon_defaults_catch_up_events_per_s",
            "commands_per_s_encrypted", "commands_per_s_plaintext", "freshness_p50_ms_encrypted", "freshness_p50_ms_plaintext",
            "freshness_p99_ms_plaintext",
            "encryption_throughput_ratio", "encryption_freshness_p50_ratio", "rebuild_events_per_s",
            "raw_consume_events_per_s", "long_history_command_ms", "long_history_first_command_ms", "fresh_person_command_ms",
            "dashboard_p99_ms", "as_of_p50_ms", "as_of_p99_ms",
            "max_heap_mib");

    /** A chart of the report: its title and its file, relative to the report. */
    record Chart(String title, String file) {
    }

    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final Map<String, String> unmeasured = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> breakdowns = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();

    void put(String key, double value) {
        requireKey(key);
        unmeasured.remove(key);
        // four decimals: a ratio like 0.0055 must not read as 0.01
        figures.put(key, Math.round(value * 10_000.0) / 10_000.0);
    }

    /** A figure this run did not measure, and why (the report says so instead of a number). */
    void unmeasured(String key, String reason) {
        requireKey(key);
        figures.remove(key);
        unmeasured.put(key, reason);
    }

    /** The parts a figure is the sum of (CPU per command by process), written beside it in the JSON. */
    void breakdown(String key, Map<String, Double> parts) {
        requireKey(key);
        breakdowns.put(key, Map.copyOf(parts));
    }

    void chart(String title, String file) {
        charts.add(new Chart(title, file));
    }

    private static void requireKey(String key) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("not a report key: " + key);
        }
    }

    void note(String note) {
        notes.add(note);
    }

    double get(String key) {
        return figures.getOrDefault(key, Double.NaN);
    }

    /** Figures in {@link #KEYS} order (null when not measured), then targets and notes. */
    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String key : KEYS) {
            Double value = figures.get(key);
            json.put(key, value == null || value.isNaN() ? null : value);
        }
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Target target : Target.DESIGN) {
            targets.put(target.key(), Map.of("target", target.condition(), "pass", target.passes(get(target.key()))));
        }
        json.put("targets", targets);
        json.put("not_measured", unmeasured);
        json.put("breakdowns", breakdowns);
        json.put("charts", charts.stream().map(Chart::file).toList());
        json.put("notes", notes);
        return json;
    }

    String asMarkdown() {
        StringBuilder md = new StringBuilder("# Career Ledger benchmark report\n\n| key | value |\n|---|---|\n");
        for (String key : KEYS) {
            md.append("| `").append(key).append("` | ").append(format(get(key)))
                    .append(unmeasured.containsKey(key) ? ": " + unmeasured.get(key) : "").append(" |\n");
        }
        md.append("\n## Targets (DESIGN section 7)\n\n| figure | target | measured | result |\n|---|---|---|---|\n");
        for (Target target : Target.DESIGN) {
            double value = get(target.key());
            md.append("| ").append(target.figure()).append(" | ").append(target.condition()).append(" | ")
                    .append(format(value)).append(" | ").append(target.passes(value) ? "pass" : "**miss**").append(" |\n");
        }
        if (!charts.isEmpty()) {
            md.append("\n## Charts\n\n");
            charts.forEach(chart -> md.append("![").append(chart.title()).append("](").append(chart.file()).append(")\n\n"));
        }
        md.append("\n## Notes\n\n");
        notes.forEach(note -> md.append("* ").append(note).append('\n'));
        return md.toString();
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson()) + "\n");
        Files.writeString(directory.resolve("report.md"), asMarkdown());
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 1 ? "%.4f" : "%,.2f", value);
    }
}
