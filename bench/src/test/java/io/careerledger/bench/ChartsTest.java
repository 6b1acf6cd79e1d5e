package io.careerledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @Test
    void everyChartIsAPngDrawnFromTheGivenFigures(@TempDir Path directory) throws Exception {
        Histogram fast = histogram(4_000, 9_000, 12_000, 80_000);
        Histogram slow = histogram(250_000, 300_000, 520_000);

        assertThat(Charts.latencyPercentiles(directory.resolve("latency.png"), "Latency", Map.of("closed loop", fast, "200/s", slow))).isTrue();
        assertThat(Charts.distribution(directory.resolve("freshness.png"), "Freshness", Map.of("200/s", slow))).isTrue();
        assertThat(Charts.throughput(directory.resolve("throughput.png"), List.of(new Charts.Throughput("ours", 42_000, 310.5),
                new Charts.Throughput("ours", 1_000_000, 298.0), new Charts.Throughput("axon_defaults", 4_000, 120.0)))).isTrue();
        assertThat(Charts.saturation(directory.resolve("saturation.png"), List.of(new Charts.Step(50, 50, 12.5, false),
                new Charts.Step(200, 120, 7_885, true)))).isTrue();
        assertThat(Charts.bars(directory.resolve("peers.png"), "Peers", "commands/s",
                Map.of("ours", 310.5, "axon_defaults", 120.0, "floor", Double.NaN))).isTrue();
        assertThat(Charts.groupedBars(directory.resolve("no-wall.png"), "No wall", "ms", Map.of(
                "100,000 stored events", Map.of("latency_p99_ms", 12.0, "dashboard_p99_ms", 9.0),
                "1,000,000 stored events", Map.of("latency_p99_ms", 13.0, "dashboard_p99_ms", Double.NaN)))).isTrue();

        for (String chart : List.of("latency.png", "freshness.png", "throughput.png", "saturation.png", "peers.png", "no-wall.png")) {
            Path png = directory.resolve(chart);
            assertThat(Files.size(png)).as(chart).isPositive();
            assertThat(Files.readAllBytes(png)).as(chart).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    @Test
    void nothingMeasuredDrawsNothing(@TempDir Path directory) throws Exception {
        assertThat(Charts.bars(directory.resolve("peers.png"), "Peers", "commands/s", Map.of("floor", Double.NaN))).isFalse();
        assertThat(Charts.groupedBars(directory.resolve("no-wall.png"), "No wall", "ms", Map.of("100k", Map.of("x", Double.NaN)))).isFalse();
        assertThat(Charts.distribution(directory.resolve("freshness.png"), "Freshness", Map.of("200/s", new Histogram(3)))).isFalse();
        assertThat(directory).isEmptyDirectory();
    }

    private static Histogram histogram(long... micros) {
        Histogram histogram = new Histogram(3);
        for (long value : micros) {
            histogram.recordValue(value);
        }
        return histogram;
    }
}
