package com.sesadvisor.base.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Saaty's 1-9 scale as a form offers it: the 17 values in display order and their labels as people write them
 * ("1/3", not 0.333). Snapping to the scale is the engine's {@link com.sesadvisor.engine.ahp.SaatyScale}.
 */
public final class SaatyScaleChoices {

    private static final List<Double> VALUES;

    static {
        List<Double> values = new ArrayList<>();
        for (int k = 9; k >= 2; k--) {
            values.add((double) k);
        }
        values.add(1.0);
        for (int k = 2; k <= 9; k++) {
            values.add(1.0 / k);
        }
        VALUES = Collections.unmodifiableList(values);
    }

    private SaatyScaleChoices() {
    }

    /** 9, 8, ..., 2, 1, 1/2, ..., 1/9. */
    public static List<Double> values() {
        return VALUES;
    }

    /** The scale value nearest to v (stored values may be group aggregates). */
    public static double nearest(double v) {
        double snapped = com.sesadvisor.engine.ahp.SaatyScale.nearest(v);
        return VALUES.stream().filter(s -> Math.abs(s - snapped) < 1e-9).findFirst().orElse(snapped);
    }

    public static String label(double v) {
        if (v >= 1.0) {
            return formatWhole(v);
        }
        return "1/" + formatWhole(1.0 / v);
    }

    private static String formatWhole(double v) {
        long rounded = Math.round(v);
        return Math.abs(v - rounded) < 1e-9 ? Long.toString(rounded) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
