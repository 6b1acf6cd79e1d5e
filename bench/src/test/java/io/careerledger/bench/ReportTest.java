package io.careerledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @Test
    void theJsonHoldsEveryKeyInOrderWithUnmeasuredFiguresAsNull(@TempDir Path directory) throws Exception {
        Report report = new Report();
        report.put("commands_per_s", 123.456);
        report.put("max_heap_mib", 300);
        report.put("command_throughput_ratio", 199.62 / 36_394.84);
        report.write(directory);

        JsonNode json = new ObjectMapper().readTree(Files.readString(directory.resolve("report.json")));
        assertThat(json.fieldNames()).toIterable().startsWith(Report.KEYS.toArray(String[]::new));
        assertThat(json.get("commands_per_s").asDouble()).isEqualTo(123.456);
        assertThat(json.get("command_throughput_ratio").asDouble()).isEqualTo(0.0055);
        assertThat(json.get("rebuild_events_per_s").isNull()).isTrue();
        assertThat(json.at("/targets/max_heap_mib/pass").asBoolean()).isTrue();
        assertThat(json.at("/targets/rebuild_events_per_s/pass").asBoolean()).isFalse();
        assertThat(Files.readString(directory.resolve("report.md")))
                .contains("| `commands_per_s` | 123.46 |")
                .contains("| `command_throughput_ratio` | 0.0055 |")
                .contains("| heap per service (MiB) | ≤ 384 | 300 | pass |  |")
                .contains("| read-model rebuild (events/s) | ≥ 50,000 | not measured | **miss** |  |");
    }

    @Test
    void anUnmeasuredFigureIsNullWithItsReasonAndChartsAreReferenced(@TempDir Path directory) throws Exception {
        Report report = new Report();
        report.unmeasured("latency_p99_ms_at_500", "fell behind: achieved 120.0/s of 500/s");
        report.chart("Freshness distribution", "charts/freshness.png");
        report.write(directory);

        JsonNode json = new ObjectMapper().readTree(Files.readString(directory.resolve("report.json")));
        assertThat(json.get("latency_p99_ms_at_500").isNull()).isTrue();
        assertThat(json.at("/not_measured/latency_p99_ms_at_500").asText()).startsWith("fell behind");
        assertThat(json.at("/charts/0").asText()).isEqualTo("charts/freshness.png");
        assertThat(Files.readString(directory.resolve("report.md")))
                .contains("| `latency_p99_ms_at_500` | not measured: fell behind: achieved 120.0/s of 500/s |")
                .contains("![Freshness distribution](charts/freshness.png)");
    }

    @Test
    void anOpenLoopBelowNinetyFivePercentOfItsRateFellBehind() {
        var histogram = new org.HdrHistogram.Histogram(3);
        assertThat(new CommandLoad.OpenOutcome(200, 191, java.time.Duration.ZERO, false, histogram, 0, null).fellBehind()).isFalse();
        assertThat(new CommandLoad.OpenOutcome(200, 189, java.time.Duration.ZERO, false, histogram, 0, null).fellBehind()).isTrue();
        assertThat(new CommandLoad.OpenOutcome(200, 200, java.time.Duration.ZERO, true, histogram, 0, null).fellBehind()).isTrue();
    }

    @Test
    void cpuTicksAreUserSystemAndChildrenTimesEvenWithSpacesInTheName() {
        String stat = "4670 (java main) S 4667 4667 29277 0 -1 4194304 98 0 0 0 120 30 7 3 20 0 1 0 300598";
        assertThat(ProcessCpu.ticks(stat)).isEqualTo(160);
    }

    @Test
    void everyTargetJudgesItsOwnReportKey() {
        assertThat(Target.ALL).extracting(Target::key).allMatch(Report.KEYS::contains);
    }

    @Test
    void targetsPassOnTheRightSideOfTheirBoundAndNeverWithoutAReading() {
        Target ratio = target("command_floor_ratio");
        Target latency = target("latency_p99_ms_at_200");
        assertThat(Map.of(0.5, ratio.passes(0.5), 0.49, ratio.passes(0.49))).containsEntry(0.5, true).containsEntry(0.49, false);
        assertThat(latency.passes(15)).isTrue();
        assertThat(latency.passes(15.01)).isFalse();
        assertThat(latency.passes(Double.NaN)).isFalse();
        assertThat(target("long_history_extra_ms").passes(-3)).isTrue();
    }

    @Test
    void aMissSaysByHowMuchOnTheSideOfItsBound() {
        assertThat(target("rebuild_events_per_s").gap(25_000)).contains("×2.00 short");
        assertThat(target("dashboard_p99_ms").gap(30)).contains("×1.50 over");
        assertThat(target("dashboard_p99_ms").gap(10)).isEmpty();
        assertThat(target("dashboard_p99_ms").gap(Double.NaN)).isEmpty();
    }

    @Test
    void aMissedTargetShowsWhyAndAPassedOneDoesNot(@TempDir Path directory) throws Exception {
        Report report = new Report();
        report.put("rebuild_events_per_s", 10_000);
        report.why("rebuild_events_per_s", "the query-service spent 80 µs of CPU per event");
        report.put("dashboard_p99_ms", 12);
        report.why("dashboard_p99_ms", "never shown");
        report.write(directory);

        JsonNode json = new ObjectMapper().readTree(Files.readString(directory.resolve("report.json")));
        assertThat(json.at("/targets/rebuild_events_per_s/gap").asText()).isEqualTo("×5.00 short");
        assertThat(json.at("/targets/rebuild_events_per_s/why").asText()).contains("80 µs");
        assertThat(json.at("/targets/dashboard_p99_ms/why").isMissingNode()).isTrue();
        assertThat(Files.readString(directory.resolve("report.md")))
                .contains("| read-model rebuild (events/s) | ≥ 50,000 | 10,000 | **miss** | ×5.00 short |")
                .contains("* **read-model rebuild (events/s)**: the query-service spent 80 µs of CPU per event")
                .doesNotContain("never shown");
    }

    @Test
    void figuresPerStoredEventsSizeFollowTheFixedKeys(@TempDir Path directory) throws Exception {
        Report report = new Report();
        report.put("dashboard_p99_ms_at_100k", 11);
        report.put("dashboard_p99_ms_at_1m", 12);
        report.write(directory);

        JsonNode json = new ObjectMapper().readTree(Files.readString(directory.resolve("report.json")));
        assertThat(json.fieldNames()).toIterable().containsSubsequence("max_heap_mib", "dashboard_p99_ms_at_100k", "dashboard_p99_ms_at_1m");
        assertThatThrownBy(() -> report.put("dashboard_p50_ms_at_1m", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Target target(String key) {
        return Target.ALL.stream().filter(target -> target.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void onlyReportKeysAreAccepted() {
        assertThatThrownBy(() -> new Report().put("commands_per_second", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
