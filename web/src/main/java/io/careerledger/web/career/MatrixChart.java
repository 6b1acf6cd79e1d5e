package io.careerledger.web.career;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The competency matrix as an ECharts option: per competency the rating that counts, stacked with the
 * gap to the next level (red), and what the current level expects as a marker. static/js/charts.js
 * draws any element's {@code data-chart} option; the table beside it says the same in words.
 */
final class MatrixChart {

    private MatrixChart() {
    }

    static String option(Dashboard dashboard, JsonMapper json) {
        List<Dashboard.CompetencyRow> rows = dashboard.competencies();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("aria", Map.of("enabled", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 150, "right", 24, "top", 40, "bottom", 50));
        option.put("xAxis", Map.of("type", "value", "min", 0, "max", 5, "interval", 1, "name", "Proficiency",
                "nameLocation", "middle", "nameGap", 28));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", rows.stream().map(Dashboard.CompetencyRow::name).toList()));
        String next = dashboard.readiness() == null ? "next level" : "level " + dashboard.readiness().nextLevel();
        option.put("series", List.of(
                Map.of("name", "Rating", "type", "bar", "stack", "matrix", "color", "#0b4f9c",
                        "data", rows.stream().map(row -> row.rating() == null ? 0 : row.rating()).toList()),
                Map.of("name", "Gap to " + next, "type", "bar", "stack", "matrix", "color", "#a1120b",
                        "data", rows.stream().map(row -> row.gap() == null ? 0 : row.gap()).toList()),
                Map.of("name", "Expected at level " + dashboard.level(), "type", "scatter", "symbol", "diamond", "symbolSize", 14,
                        "color", "#e8a200", "data", rows.stream().map(row -> row.expectedNow()).toList())));
        return json.writeValueAsString(option);
    }
}
