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
            "latency_p99_ms_at_200", "freshness_p50_ms", "freshness_p99_ms",
            "commands_per_s_encrypted", "commands_per_s_plaintext", "freshness_p50_ms_encrypted", "freshness_p50_ms_plaintext",
            "freshness_p99_ms_plaintext",
            "encryption_throughput_ratio", "encryption_freshness_p50_ratio", "rebuild_events_per_s",
            "raw_consume_events_per_s", "long_history_command_ms", "dashboard_p99_ms", "as_of_p50_ms", "as_of_p99_ms",
            "max_heap_mib");

    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void put(String key, double value) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("not a report key: " + key);
        }
        // four decimals: a ratio like 0.0055 must not read as 0.01
        figures.put(key, Math.round(value * 10_000.0) / 10_000.0);
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
        json.put("notes", notes);
        return json;
    }

    String asMarkdown() {
        StringBuilder md = new StringBuilder("# Career Ledger benchmark report\n\n| key | value |\n|---|---|\n");
        for (String key : KEYS) {
            md.append("| `").append(key).append("` | ").append(format(get(key))).append(" |\n");
        }
        md.append("\n## Targets (DESIGN section 7)\n\n| figure | target | measured | result |\n|---|---|---|---|\n");
        for (Target target : Target.DESIGN) {
            double value = get(target.key());
            md.append("| ").append(target.figure()).append(" | ").append(target.condition()).append(" | ")
                    .append(format(value)).append(" | ").append(target.passes(value) ? "pass" : "**miss**").append(" |\n");
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
