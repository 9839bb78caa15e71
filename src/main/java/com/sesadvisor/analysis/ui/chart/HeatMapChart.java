package com.sesadvisor.analysis.ui.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A heat map as inline SVG: rows bottom-up (the y axis grows upwards like the paper's figures), a diverging
 * colour scale centred on {@code threshold}, the value in every cell, a tooltip per cell, and a thick contour
 * along every cell edge where "value > threshold" changes (the discount-rate contour of the paper's IRR maps).
 *
 * @param values     values[row][column]; null means "not defined" (hatched grey)
 */
public record HeatMapChart(String id, String title, String xTitle, String yTitle, List<String> columnLabels,
                           List<String> rowLabels, Double[][] values, double threshold,
                           DoubleFunction<String> cellText, String undefinedText) {

    static final double CELL_W = 54;
    static final double CELL_H = 26;
    static final double LEFT = 70;
    static final double TOP = 10;
    static final double BOTTOM = 50;

    public HeatMapChart {
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException("one row label per row");
        }
        for (Double[] row : values) {
            if (row.length != columnLabels.size()) {
                throw new IllegalArgumentException("one column label per column");
            }
        }
    }

    public ColorScale scale() {
        double lo = threshold;
        double hi = threshold;
        for (Double[] row : values) {
            for (Double v : row) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new ColorScale(lo, threshold, hi);
    }

    public String toSvg() {
        int rows = values.length;
        int cols = columnLabels.size();
        double w = LEFT + cols * CELL_W + 10;
        double h = TOP + rows * CELL_H + BOTTOM;
        ColorScale scale = scale();
        Svg svg = new Svg("chart heat-map", w, h, title, id);
        for (int i = 0; i < rows; i++) {
            double y = y(i, rows);
            svg.text(LEFT - 6, y + CELL_H / 2 + 4, "end", "axis-label", null, rowLabels.get(i));
            for (int j = 0; j < cols; j++) {
                double x = LEFT + j * CELL_W;
                Double v = values[i][j];
                String text = v == null ? undefinedText : cellText.apply(v);
                String tip = yTitle + " " + rowLabels.get(i) + ", " + xTitle + " " + columnLabels.get(j) + ": " + text;
                svg.rect(x, y, CELL_W - 1, CELL_H - 1, v == null ? "#d0d0d0" : scale.color(v), tip);
                svg.text(x + CELL_W / 2, y + CELL_H / 2 + 4, "middle", "cell-label",
                        v == null ? "#333333" : scale.textColor(v), text);
            }
        }
        for (int j = 0; j < cols; j++) {
            svg.text(LEFT + j * CELL_W + CELL_W / 2, TOP + rows * CELL_H + 16, "middle", "axis-label", null,
                    columnLabels.get(j));
        }
        svg.text(LEFT + cols * CELL_W / 2, TOP + rows * CELL_H + 38, "middle", "axis-title", null, xTitle);
        svg.raw("<text class=\"axis-title\" text-anchor=\"middle\" transform=\"translate(14," + Svg.n(TOP + rows * CELL_H / 2)
                + ") rotate(-90)\">" + Svg.esc(yTitle) + "</text>");
        contour(svg, rows, cols);
        return svg.end();
    }

    private double y(int row, int rows) {
        return TOP + (rows - 1 - row) * CELL_H;
    }

    private boolean above(int i, int j) {
        Double v = values[i][j];
        return v != null && v > threshold;
    }

    /** Edges between a feasible and an infeasible neighbour: the threshold contour, drawn along cell borders. */
    private void contour(Svg svg, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double x = LEFT + j * CELL_W;
                double y = y(i, rows);
                if (j + 1 < cols && above(i, j) != above(i, j + 1)) {
                    svg.line(x + CELL_W - 0.5, y - 0.5, x + CELL_W - 0.5, y + CELL_H - 0.5, "#111111", 3, null);
                }
                if (i + 1 < rows && above(i, j) != above(i + 1, j)) {
                    svg.line(x - 0.5, y - 0.5, x + CELL_W - 0.5, y - 0.5, "#111111", 3, null);
                }
            }
        }
    }
}
