package com.sesadvisor.analysis;

import com.sesadvisor.engine.text.TextRenderer;
import java.util.Locale;

/**
 * Money as committees read it: CNY in units of 10^8, written "亿元" in Chinese and "× 10⁸ ¥" in English
 * (the paper's tables use this unit, so our figures sit beside its published ones without conversion). Shorthands
 * for {@link TextRenderer}, which owns the formats (keys {@code engine.money.*}).
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    /** E.g. "14.15 亿元" or "14.15 × 10⁸ ¥". */
    public static String hundredMillion(double cny, Locale locale) {
        return TextRenderer.money(cny, locale);
    }

    /** The unit alone, for column headers: "亿元" or "hundred million ¥". */
    public static String unit(Locale locale) {
        return TextRenderer.translate("engine.money.unit", locale);
    }

    public static String number(double v, int digits, Locale locale) {
        return TextRenderer.number(v, digits, locale);
    }

    /** A fraction as a percentage, e.g. 0.1153 -> "11.53 %". */
    public static String percent(double fraction, int digits, Locale locale) {
        return number(100 * fraction, digits, locale) + " %";
    }
}
