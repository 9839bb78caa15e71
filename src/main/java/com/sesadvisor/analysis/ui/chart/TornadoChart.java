package com.sesadvisor.analysis.ui.chart;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * A tornado chart as inline SVG: for each input, a bar from the metric at input x (1 - swing) to the metric at
 * x (1 + swing), around a dashed vertical line at the base value (labelled below the bars); largest swing first
 * (the caller's order is kept). The low end is drawn in one colour and the high end in another so the direction of
 * each effect is visible. Several charts drawn with the same {@code scaleMin}/{@code scaleMax} can be compared bar
 * by bar (small multiples); null scale bounds fit the chart to its own bars.
 *
 * @param baseLabel text under the base line, e.g. "base IRR 12.9 %"; null writes the base value alone
 */
public record TornadoChart(String id, String title, double base, List<Bar> bars, DoubleFunction<String> valueText,
                           String lowLegend, String highLegend, String baseLabel, Double scaleMin,
                           Double scaleMax) {

    /**
     * One input: label and the metric at its low and high setting; or, with {@code missing} set, a row without a
     * bar that says why (e.g. the metric is not defined for this model), so small multiples keep their rows aligned.
     */
    public record Bar(String label, double low, double high, String missing) {
        public Bar {
            if (missing == null && (!Double.isFinite(low) || !Double.isFinite(high))) {
                throw new IllegalArgumentException("tornado values must be finite: " + label);
            }
        }

        public Bar(String label, double low, double high) {
            this(label, low, high, null);
        }

        /** A row with its label and {@code why} instead of a bar. */
        public static Bar missing(String label, String why) {
            return new Bar(label, Double.NaN, Double.NaN, why);
        }
    }

    static final double LABEL_W = 210;
    static final double AREA = 400;
    static final double ROW_H = 24;
    static final String LOW = "#b0413e";
    static final String HIGH = "#1b7f6b";

    public TornadoChart {
        bars = List.copyOf(bars);
        if (!Double.isFinite(base)) {
            throw new IllegalArgumentException("tornado base must be finite");
        }
    }

    /** A chart scaled to its own bars, the base value written under its line. */
    public TornadoChart(String id, String title, double base, List<Bar> bars, DoubleFunction<String> valueText,
                        String lowLegend, String highLegend) {
        this(id, title, base, bars, valueText, lowLegend, highLegend, null, null, null);
    }

    /** The smallest and largest value of the base and every bar end: {lo, hi}. */
    public static double[] extent(double base, List<Bar> bars) {
        double lo = base;
        double hi = base;
        for (Bar b : bars) {
            if (b.missing() != null) {
                continue;
            }
            lo = Math.min(lo, Math.min(b.low(), b.high()));
            hi = Math.max(hi, Math.max(b.low(), b.high()));
        }
        return new double[] {lo, hi};
    }

    public String toSvg() {
        double[] e = extent(base, bars);
        double lo = scaleMin == null ? e[0] : Math.min(scaleMin, e[0]);
        double hi = scaleMax == null ? e[1] : Math.max(scaleMax, e[1]);
        double span = hi - lo == 0 ? 1 : hi - lo;
        double top = 28;
        double h = top + bars.size() * ROW_H + 26;
        double w = LABEL_W + AREA + 150;
        Svg svg = new Svg("chart tornado-chart", w, h, title, id);
        svg.rect(LABEL_W, 6, 12, 12, LOW, null).text(LABEL_W + 16, 16, "start", "legend", null, lowLegend);
        svg.rect(LABEL_W + 190, 6, 12, 12, HIGH, null).text(LABEL_W + 206, 16, "start", "legend", null, highLegend);
        DoubleUnaryOperator x = v -> LABEL_W + 40 + (AREA - 40) * (v - lo) / span;
        double xb = x.applyAsDouble(base);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * ROW_H;
            svg.text(LABEL_W - 8, y + ROW_H / 2 + 4, "end", "axis-label", null, b.label());
            if (b.missing() != null) {
                svg.text(xb + 6, y + ROW_H / 2 + 4, "start", "bar-value missing", "#666666", b.missing());
                continue;
            }
            bar(svg, xb, x.applyAsDouble(b.low()), y, LOW, b.label() + " −: " + valueText.apply(b.low()));
            bar(svg, xb, x.applyAsDouble(b.high()), y, HIGH, b.label() + " +: " + valueText.apply(b.high()));
            double right = Math.max(xb, Math.max(x.applyAsDouble(b.low()), x.applyAsDouble(b.high())));
            svg.text(right + 4, y + ROW_H / 2 + 4, "start", "bar-value", null,
                    valueText.apply(b.low()) + " … " + valueText.apply(b.high()));
        }
        svg.line(xb, top - 4, xb, top + bars.size() * ROW_H + 2, "#222222", 1.5, "4 3");
        String label = baseLabel == null ? valueText.apply(base) : baseLabel;
        svg.text(xb, h - 8, "middle", "axis-title base-label", null, label);
        return svg.end();
    }

    private static void bar(Svg svg, double xb, double xv, double y, String color, String tip) {
        double x0 = Math.min(xb, xv);
        svg.rect(x0, y + 4, Math.max(Math.abs(xv - xb), 0.5), ROW_H - 8, color, tip);
    }
}
