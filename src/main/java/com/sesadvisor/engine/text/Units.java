package com.sesadvisor.engine.text;

/**
 * Units as texts: {@code CNY/kW/yr} is read from the key {@code engine.unit.CNY_kW_yr}, so a Chinese screen says
 * 元/千瓦/年 while the API keeps the unit string. The key is the unit with ¥ as CNY, % as percent and every other
 * run of non-alphanumerics as one underscore.
 */
public final class Units {

    private Units() {
    }

    /** The unit's text, or null for no unit (blank). */
    public static Text of(String unit) {
        return unit == null || unit.isBlank() ? null : Text.of(UnitText.of(unit));
    }

    static String id(String unit) {
        return UnitText.id(unit);
    }
}
