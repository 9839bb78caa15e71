package com.sesadvisor.engine.text;

import java.util.List;

/**
 * Compiler-checked key family of units (decision 0006): {@code CNY/kW/yr} reads {@code engine.unit.CNY_kW_yr}, the
 * unit with ¥ as CNY, % as percent and every other run of non-alphanumerics as one underscore.
 */
public final class UnitText {

    /** Units the product writes (the finance assumptions' and the criteria's), for the key test. */
    public static final List<String> KNOWN = List.of("CNY", "CNY/kWh", "CNY/kW/yr", "MW", "MWh", "%");

    private UnitText() {
    }

    /** The key of a unit string. */
    public static TextKey of(String unit) {
        return () -> "engine.unit." + id(unit);
    }

    static String id(String unit) {
        String s = unit.replace("¥", " CNY ").replace("%", " percent ").replaceAll("[^A-Za-z0-9]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "none" : s;
    }

    /** Members for the key test (every unit an assumption or a criterion has is checked by the unit tests). */
    public static List<TextKey> families() {
        return KNOWN.stream().map(UnitText::of).toList();
    }
}
