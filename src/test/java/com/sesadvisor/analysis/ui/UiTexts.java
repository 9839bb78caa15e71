package com.sesadvisor.analysis.ui;

import java.util.Locale;

/** The real bundles for presenter tests, in English or Chinese; a missing key fails the test. */
final class UiTexts {

    private UiTexts() {
    }

    static PresenterTexts english() {
        return of(Locale.ENGLISH);
    }

    static PresenterTexts chinese() {
        return of(Locale.SIMPLIFIED_CHINESE);
    }

    static PresenterTexts of(Locale locale) {
        return new PresenterTexts(locale) {
            @Override
            String t(String key, Object... args) {
                String s = super.t(key, args);
                if (s.startsWith("!")) {
                    throw new AssertionError("missing translation " + key);
                }
                return s;
            }
        };
    }
}
