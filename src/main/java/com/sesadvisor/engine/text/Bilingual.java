package com.sesadvisor.engine.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A {@link Text} argument that already exists in both product languages, such as a rule finding's message: the
 * engine cannot look it up in a bundle, so it carries both versions and each language picks its own.
 *
 * @param english English version (also what the REST API and logs show)
 * @param chinese Simplified Chinese version
 */
public record Bilingual(String english, String chinese) {

    public Bilingual {
        Objects.requireNonNull(english, "english");
        chinese = chinese == null ? english : chinese;
    }

    /** Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return TextBundles.chinese(locale) ? chinese : english;
    }

    @Override
    public String toString() {
        return english;
    }
}
