package com.sesadvisor.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence the engine (or a service) says to people, kept as a message key and its arguments rather than as
 * finished English, so that every screen and report can show it in the reader's language. The pattern lives in
 * the translation bundle named by the key's first segment ({@code engine.topsis.tie} → {@code i18n/engine.properties}
 * and {@code i18n/engine_zh_CN.properties}); {@link #english()} is what the REST API, logs and exception messages use.
 *
 * @param key  message key, first segment = bundle name
 * @param args arguments for the pattern's {@code {0}}, {@code {1}}, ... (numbers stay numbers so that each
 *             language formats them its own way); nested {@code Text} arguments are rendered in the same language
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        if (key.indexOf('.') <= 0) {
            throw new IllegalArgumentException("A text key starts with its bundle name, e.g. engine.x: " + key);
        }
        args = Collections.unmodifiableList(new ArrayList<>(args == null ? List.of() : args));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** A text from a compiler-checked key (see {@link TextKey}). */
    public static Text of(TextKey key, Object... args) {
        return new Text(key.key(), Arrays.asList(args));
    }

    /** Renders the text in the locale's language (see {@link TextRenderer}). */
    public String in(java.util.Locale locale) {
        return TextRenderer.render(this, locale);
    }

    /** The bundle that holds this key's pattern, e.g. {@code engine}. */
    public String bundle() {
        return key.substring(0, key.indexOf('.'));
    }

    /** Renders the text in English from its bundle. */
    public String english() {
        return TextRenderer.render(this, TextBundles.ENGLISH);
    }

    /** The English rendering, so that logs and string concatenation stay readable. */
    @Override
    public String toString() {
        return english();
    }
}
