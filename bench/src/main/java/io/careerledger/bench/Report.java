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
 * The figures of one run under their fixed JSON keys, each target judged pass / miss (a miss with how far and why), and notes
 * on how they were measured; written as {@code report.json} and {@code report.md}.
 */
final class Report {

    static final List<String> KEYS = List.of("commands_per_s", "raw_insert_tx_per_s", "command_throughput_ratio",
            "floor_per_s", "command_floor_ratio", "cpu_ms_per_command",
            "latency_p99_ms_at_200", "freshness_p50_ms", "freshness_p99_ms",
            "latency_p99_ms_at_500", "freshness_p50_ms_at_500", "freshness_p99_ms_at_500", "live_update_delay_mean_ms_at_200",
            "saturation_commands_per_s",
            "axon_defaults_commands_per_s", "axon_defaults_freshness_p50_ms", "axon_defaults_catch_up_events_per_s",
            "commands_vs_axon_defaults", "freshness_p50_vs_axon_defaults",
            "commands_per_s_encrypted", "commands_per_s_plaintext", "freshness_p50_ms_encrypted", "freshness_p50_ms_plaintext",
            "freshness_p99_ms_plaintext",
            "encryption_throughput_ratio", "encryption_freshness_p50_ratio",
            "publication_events_per_s", "catch_up_events_per_s", "rebuild_events_per_s", "raw_consume_events_per_s",
            "long_history_command_ms", "long_history_first_command_ms", "fresh_person_command_ms", "long_history_extra_ms",
            "dashboard_p99_ms", "as_of_p50_ms", "as_of_p99_ms",
            "no_wall_max_change_pct", "max_heap_mib");

    /** The figures measured at each stored-events size, keyed {@code <figure>_at_<size>}, e.g. {@code dashboard_p99_ms_at_1m}. */
    static final List<String> SIZED_FIGURES = List.of("latency_p99_ms", "freshness_p50_ms", "freshness_p99_ms", "dashboard_p99_ms");
    private static final java.util.regex.Pattern SIZED_KEY = java.util.regex.Pattern.compile(
            "(" + String.join("|", SIZED_FIGURES) + ")_at_[0-9]+[km]");

    /** A chart of the report: its title and its file, relative to the report. */
    record Chart(String title, String file) {
    }

    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final Map<String, String> unmeasured = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> breakdowns = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    /** Why a target's figure is what it is, told by the phase that measured it; shown when the target is missed. */
    private final Map<String, String> whys = new LinkedHashMap<>();
    private final List<CpuProfile.Summary> profiles = new ArrayList<>();

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

    void why(String key, String why) {
        requireKey(key);
        whys.put(key, why);
    }

    void profile(CpuProfile.Summary profile) {
        profiles.add(profile);
    }

    void chart(String title, String file) {
        charts.add(new Chart(title, file));
    }

    private static void requireKey(String key) {
        if (!KEYS.contains(key) && !SIZED_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a report key: " + key);
        }
    }

    void note(String note) {
        notes.add(note);
    }

    double get(String key) {
        return figures.getOrDefault(key, Double.NaN);
    }

    /** The fixed keys, then the figures measured per stored-events size. */
    private List<String> keys() {
        List<String> keys = new ArrayList<>(KEYS);
        java.util.stream.Stream.concat(figures.keySet().stream(), unmeasured.keySet().stream())
                .filter(key -> !keys.contains(key)).forEach(keys::add);
        return keys;
    }

    /** Figures in {@link #keys()} order (null when not measured), then targets and notes. */
    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String key : keys()) {
            Double value = figures.get(key);
            json.put(key, value == null || value.isNaN() ? null : value);
        }
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Target target : Target.ALL) {
            Map<String, Object> judged = new LinkedHashMap<>();
            judged.put("target", target.condition());
            judged.put("pass", target.passes(get(target.key())));
            target.gap(get(target.key())).ifPresent(gap -> judged.put("gap", gap));
            if (!target.passes(get(target.key())) && whys.containsKey(target.key())) {
                judged.put("why", whys.get(target.key()));
            }
            targets.put(target.key(), judged);
        }
        json.put("targets", targets);
        json.put("not_measured", unmeasured);
        json.put("breakdowns", breakdowns);
        json.put("profiles", profiles);
        json.put("charts", charts.stream().map(Chart::file).toList());
        json.put("notes", notes);
        return json;
    }

    String asMarkdown() {
        StringBuilder md = new StringBuilder("# Career Ledger benchmark report\n\n| key | value |\n|---|---|\n");
        for (String key : keys()) {
            md.append("| `").append(key).append("` | ").append(format(get(key)))
                    .append(unmeasured.containsKey(key) ? ": " + unmeasured.get(key) : "").append(" |\n");
        }
        md.append("\n## Targets (issue #16; the encryption ratios from DESIGN section 7)\n\n"
                + "| figure | target | measured | result | by how much |\n|---|---|---|---|---|\n");
        for (Target target : Target.ALL) {
            double value = get(target.key());
            md.append("| ").append(target.figure()).append(" | ").append(target.condition()).append(" | ")
                    .append(format(value)).append(" | ").append(target.passes(value) ? "pass" : "**miss**").append(" | ")
                    .append(target.passes(value) ? "" : target.gap(value).orElse("")).append(" |\n");
        }
        List<Target> missedWithWhy = Target.ALL.stream().filter(target -> !target.passes(get(target.key())) && whys.containsKey(target.key())).toList();
        if (!missedWithWhy.isEmpty()) {
            md.append("\n## Why the misses miss (from this run's CPU figures and profiles)\n\n");
            missedWithWhy.forEach(target -> md.append("* **").append(target.figure()).append("**: ").append(whys.get(target.key())).append('\n'));
        }
        if (!profiles.isEmpty()) {
            md.append("\n## Where the CPU goes (async-profiler, CPU time, every thread)\n");
            for (CpuProfile.Summary profile : profiles) {
                md.append("\n### ").append(profile.process()).append(", ").append(profile.phase()).append(" (")
                        .append(String.format(Locale.ROOT, "%,d", profile.samples())).append(" samples of 2 ms; stacks in `")
                        .append(profile.collapsed().getFileName()).append("`)\n\n| by library (nearest the leaf) | % |\n|---|---|\n");
                profile.percentByLibrary().forEach((library, percent) -> md.append("| ").append(library).append(" | ").append(format(percent)).append(" |\n"));
                md.append("\n| busiest leaf frames | % |\n|---|---|\n");
                profile.percentByLeaf().forEach((frame, percent) -> md.append("| `").append(frame).append("` | ").append(format(percent)).append(" |\n"));
            }
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
