package com.sesadvisor.analysis.ui;

import com.sesadvisor.base.i18n.TranslationProvider;
import java.util.Locale;

/** The real bundles for presenter tests, in English or Chinese. */
final class UiTexts {

    private static final TranslationProvider PROVIDER = new TranslationProvider();

    private UiTexts() {
    }

    static PresenterTexts english() {
        return of(Locale.ENGLISH);
    }

    static PresenterTexts chinese() {
        return of(Locale.SIMPLIFIED_CHINESE);
    }

    static PresenterTexts of(Locale locale) {
        return new PresenterTexts((key, args) -> {
            String s = PROVIDER.getTranslation(key, locale, args);
            if (s.startsWith("!")) {
                throw new AssertionError("missing translation " + key);
            }
            return s;
        }, locale);
    }
}
