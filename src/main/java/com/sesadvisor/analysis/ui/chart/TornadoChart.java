package com.sesadvisor.analysis.ui.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A tornado chart as inline SVG: for each input, a bar from the metric at input x (1 - swing) to the metric at
 * x (1 + swing), around a vertical line at the base value; largest swing first (the caller's order is kept).
 * The low end is drawn in one colour and the high end in another so the direction of each effect is visible.
 */
public record TornadoChart(String id, String title, double base, List<Bar> bars, DoubleFunction<String> valueText,
                           String lowLegend, String highLegend) {

    /** One input: label and the metric at its low and high setting. */
    public record Bar(String label, double low, double high) {
        public Bar {
            if (!Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("tornado values must be finite: " + label);
            }
        }
    }

    static final double LABEL_W = 230;
    static final double AREA = 380;
    static final double ROW_H = 22;
    static final String LOW = "#b0413e";
    static final String HIGH = "#1b7f6b";

    public TornadoChart {
        bars = List.copyOf(bars);
    }

    public String toSvg() {
        double lo = base;
        double hi = base;
        for (Bar b : bars) {
            lo = Math.min(lo, Math.min(b.low(), b.high()));
            hi = Math.max(hi, Math.max(b.low(), b.high()));
        }
        double span = hi - lo == 0 ? 1 : hi - lo;
        double top = 26;
        double h = top + bars.size() * ROW_H + 24;
        double w = LABEL_W + AREA + 150;
        Svg svg = new Svg("chart tornado-chart", w, h, title, id);
        svg.rect(LABEL_W, 6, 12, 12, LOW, null).text(LABEL_W + 16, 16, "start", "legend", null, lowLegend);
        svg.rect(LABEL_W + 170, 6, 12, 12, HIGH, null).text(LABEL_W + 186, 16, "start", "legend", null, highLegend);
        final double l = lo;
        final double sp = span;
        java.util.function.DoubleUnaryOperator x = v -> LABEL_W + 60 + (AREA - 60) * (v - l) / sp;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * ROW_H;
            svg.text(LABEL_W - 8, y + ROW_H / 2 + 4, "end", "axis-label", null, b.label());
            double xb = x.applyAsDouble(base);
            bar(svg, xb, x.applyAsDouble(b.low()), y, LOW, b.label() + " −: " + valueText.apply(b.low()));
            bar(svg, xb, x.applyAsDouble(b.high()), y, HIGH, b.label() + " +: " + valueText.apply(b.high()));
            double right = Math.max(x.applyAsDouble(b.low()), x.applyAsDouble(b.high()));
            svg.text(right + 4, y + ROW_H / 2 + 4, "start", "bar-value", null,
                    valueText.apply(b.low()) + " … " + valueText.apply(b.high()));
        }
        double xb = x.applyAsDouble(base);
        svg.line(xb, top - 4, xb, top + bars.size() * ROW_H, "#222222", 1.5, "4 3");
        svg.text(xb, h - 6, "middle", "axis-label", null, valueText.apply(base));
        return svg.end();
    }

    private static void bar(Svg svg, double xb, double xv, double y, String color, String tip) {
        double x0 = Math.min(xb, xv);
        svg.rect(x0, y + 3, Math.max(Math.abs(xv - xb), 0.5), ROW_H - 6, color, tip);
    }
}
