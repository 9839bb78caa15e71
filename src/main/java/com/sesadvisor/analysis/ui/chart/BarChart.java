package com.sesadvisor.analysis.ui.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Grouped horizontal bars as inline SVG (weights by criterion, closeness by alternative): one group per category,
 * one bar per series, the value written after each bar, a legend when there are several series. Values must be
 * non-negative (weights, closeness); the axis starts at 0 so bar length is proportional to the value.
 */
public record BarChart(String id, String title, List<String> categories, List<String> series, double[][] values,
                       DoubleFunction<String> valueText) {

    static final String[] COLORS = {"#1b7f6b", "#e0a526", "#3b5bab", "#b0413e"};
    static final double LABEL_W = 190;
    static final double BAR_AREA = 360;
    static final double BAR_H = 16;

    public BarChart {
        if (values.length != series.size()) {
            throw new IllegalArgumentException("one value row per series");
        }
        for (double[] row : values) {
            if (row.length != categories.size()) {
                throw new IllegalArgumentException("one value per category");
            }
            for (double v : row) {
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("bar values must be finite and >= 0");
                }
            }
        }
    }

    public String toSvg() {
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        max = max == 0 ? 1 : max;
        int s = series.size();
        double groupH = s * BAR_H + 10;
        double legendH = s > 1 ? 24 : 0;
        double h = legendH + categories.size() * groupH + 6;
        double w = LABEL_W + BAR_AREA + 80;
        Svg svg = new Svg("chart bar-chart", w, h, title, id);
        if (s > 1) {
            double x = LABEL_W;
            for (int k = 0; k < s; k++) {
                svg.rect(x, 6, 12, 12, COLORS[k % COLORS.length], null);
                svg.text(x + 16, 16, "start", "legend", null, series.get(k));
                x += 30 + 8 * series.get(k).length();
            }
        }
        for (int c = 0; c < categories.size(); c++) {
            double y0 = legendH + c * groupH;
            svg.text(LABEL_W - 8, y0 + groupH / 2 + 2, "end", "axis-label", null, categories.get(c));
            for (int k = 0; k < s; k++) {
                double v = values[k][c];
                double len = BAR_AREA * v / max;
                double y = y0 + k * BAR_H;
                String text = valueText.apply(v);
                svg.rect(LABEL_W, y, Math.max(len, 0.5), BAR_H - 3, COLORS[k % COLORS.length],
                        categories.get(c) + (s > 1 ? " · " + series.get(k) : "") + ": " + text);
                svg.text(LABEL_W + len + 4, y + BAR_H - 5, "start", "bar-value", null, text);
            }
        }
        svg.line(LABEL_W, legendH, LABEL_W, h - 4, "#888888", 1, null);
        return svg.end();
    }
}
