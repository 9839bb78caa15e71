package com.sesadvisor.base.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Locale-aware number formatting for what committees read. */
public final class Formats {

    private Formats() {
    }

    public static String decimal(double value, int digits, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    public static String percent(double value, int digits, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }
}
