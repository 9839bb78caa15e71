package com.sesadvisor.analysis;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Money as committees read it: CNY in units of 10^8, written "亿元" in Chinese and "× 10⁸ ¥" in English
 * (the paper's tables use this unit, so our figures sit beside its published ones without conversion).
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** E.g. "14.15 亿元" or "14.15 × 10⁸ ¥". */
    public static String hundredMillion(double cny, Locale locale) {
        return number(cny / 1e8, 2, locale) + (chinese(locale) ? " 亿元" : " × 10⁸ ¥");
    }

    /** The unit alone, for column headers: "亿元" or "hundred million ¥". */
    public static String unit(Locale locale) {
        return chinese(locale) ? "亿元" : "hundred million ¥";
    }

    public static String number(double v, int digits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale == null ? Locale.ENGLISH : locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }

    /** A fraction as a percentage, e.g. 0.1153 -> "11.53 %". */
    public static String percent(double fraction, int digits, Locale locale) {
        return number(100 * fraction, digits, locale) + " %";
    }
}
