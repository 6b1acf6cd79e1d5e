package io.careerledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts as PNG files (XChart, drawn headless). Each method draws the figures it is given
 * and answers false, writing nothing, when there are none to draw (a phase this run did not measure).
 */
final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");   // the bench runs on servers without a display
    }

    /** Commands per second of one kind of run at a number of stored events. */
    record Throughput(String series, long storedEvents, double perSecond) {
    }

    /** One step of the open-loop series: the rate asked for, p99 latency, and whether it kept to its schedule. */
    record Step(int targetPerSecond, double achievedPerSecond, double p99Ms, boolean fellBehind) {
    }

    private static final double[] PERCENTILES = {50, 90, 99, 99.9, 100};
    private static final double[] DISTRIBUTION = {1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99, 99.9, 100};
    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;

    private Charts() {
    }

    /** p50, p90, p99, p99.9 and max of each phase, side by side. */
    static boolean latencyPercentiles(Path file, String title, Map<String, Histogram> phases) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("percentile").yAxisTitle("ms").build();
        List<String> labels = List.of("p50", "p90", "p99", "p99.9", "max");
        phases.forEach((phase, histogram) -> {
            if (histogram.getTotalCount() > 0) {
                List<Double> values = new ArrayList<>();
                for (double percentile : PERCENTILES) {
                    values.add(histogram.getValueAtPercentile(percentile) / 1000.0);
                }
                chart.addSeries(phase, labels, values);
            }
        });
        return save(chart, file, !chart.getSeriesMap().isEmpty());
    }

    /** The cumulative distribution of each histogram: which share of samples took at most x ms. */
    static boolean distribution(Path file, String title, Map<String, Histogram> series) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("ms").yAxisTitle("% of samples at most").build();
        series.forEach((name, histogram) -> {
            if (histogram.getTotalCount() > 0) {
                double[] ms = new double[DISTRIBUTION.length];
                for (int i = 0; i < DISTRIBUTION.length; i++) {
                    ms[i] = histogram.getValueAtPercentile(DISTRIBUTION[i]) / 1000.0;
                }
                chart.addSeries(name, ms, DISTRIBUTION.clone()).setMarker(SeriesMarkers.NONE);
            }
        });
        return save(chart, file, !chart.getSeriesMap().isEmpty());
    }

    /** Commands per second against the events stored when they were measured, one series per kind of run. */
    static boolean throughput(Path file, List<Throughput> points) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Commands/s against stored events")
                .xAxisTitle("events stored").yAxisTitle("commands/s").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.stream().filter(point -> Double.isFinite(point.perSecond())).map(Throughput::series).distinct().forEach(series -> {
            List<Throughput> ofSeries = points.stream().filter(point -> point.series().equals(series) && Double.isFinite(point.perSecond())).toList();
            chart.addSeries(series, column(ofSeries, point -> point.storedEvents()), column(ofSeries, Throughput::perSecond));
        });
        return save(chart, file, !chart.getSeriesMap().isEmpty());
    }

    /** p99 latency at each open-loop rate (log scale), steps that fell behind apart, and the 100 ms bound. */
    static boolean saturation(Path file, List<Step> steps) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Open loop: p99 latency against rate")
                .xAxisTitle("commands/s scheduled").yAxisTitle("p99 ms (log)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        List<Step> measured = steps.stream().filter(step -> step.p99Ms() > 0).toList();
        addSteps(chart, "kept its schedule", measured.stream().filter(step -> !step.fellBehind()).toList());
        addSteps(chart, "fell behind (figure not valid)", measured.stream().filter(Step::fellBehind).toList());
        if (!measured.isEmpty()) {
            double[] rates = {measured.get(0).targetPerSecond(), measured.get(measured.size() - 1).targetPerSecond()};
            chart.addSeries("100 ms bound", rates, new double[] {100, 100}).setMarker(SeriesMarkers.NONE);
        }
        return save(chart, file, !measured.isEmpty());
    }

    /** One bar per peer (figures that were not measured are left out). */
    static boolean bars(Path file, String title, String yAxis, Map<String, Double> values) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yAxis).build();
        chart.getStyler().setLegendVisible(false);
        List<String> names = values.entrySet().stream().filter(entry -> Double.isFinite(entry.getValue())).map(Map.Entry::getKey).toList();
        if (!names.isEmpty()) {
            chart.addSeries(yAxis, names, names.stream().map(values::get).toList());
        }
        return save(chart, file, !names.isEmpty());
    }

    /** Bars of the same figures side by side, a series each (the stored-events sizes); a figure missing from any series is left out. */
    static boolean groupedBars(Path file, String title, String yAxis, Map<String, Map<String, Double>> series) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yAxis).build();
        // XChart draws the series of a category chart over the same categories
        List<String> names = series.values().stream().findFirst().map(first -> first.keySet().stream()
                .filter(name -> series.values().stream().allMatch(one -> Double.isFinite(one.getOrDefault(name, Double.NaN))))
                .toList()).orElse(List.of());
        if (!names.isEmpty()) {
            series.forEach((name, figures) -> chart.addSeries(name, names, names.stream().map(figures::get).toList()));
        }
        return save(chart, file, !names.isEmpty());
    }

    private static void addSteps(XYChart chart, String name, List<Step> steps) {
        if (!steps.isEmpty()) {
            chart.addSeries(name, column(steps, Step::targetPerSecond), column(steps, Step::p99Ms))
                    .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
    }

    private static <T> double[] column(List<T> rows, ToDoubleFunction<T> value) {
        return rows.stream().mapToDouble(value).toArray();
    }

    private static boolean save(Chart<?, ?> chart, Path file, boolean anything) throws IOException {
        if (anything) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        }
        return anything;
    }
}
