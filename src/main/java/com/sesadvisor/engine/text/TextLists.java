package com.sesadvisor.engine.text;

import java.util.List;

/**
 * Lists inside sentences, joined the way each language joins them ("a, b, c" in English, "a、b、c" in Chinese), so
 * that a sentence listing criterion names can still be rendered in the reader's language. Items may be texts,
 * names or numbers.
 */
public final class TextLists {

    private TextLists() {
    }

    /** "a, b, c" / "a、b、c". */
    public static Text commas(List<?> items) {
        return join("engine.list.comma", items);
    }

    /** "a; b; c" / "a；b；c", for items that contain commas themselves. */
    public static Text semicolons(List<?> items) {
        return join("engine.list.semicolon", items);
    }

    private static final String VERBATIM = "engine.verbatim";

    /** A name or other value that is the same in every language, as a text of its own. */
    public static Text verbatim(Object value) {
        return Text.of(VERBATIM, value);
    }

    /** Whether the text is a {@link #verbatim(Object)} value, i.e. reads the same in every language. */
    public static boolean isVerbatim(Text t) {
        return VERBATIM.equals(t.key());
    }

    private static Text join(String key, List<?> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to list");
        }
        Text out = verbatim(items.get(0));
        for (int i = 1; i < items.size(); i++) {
            out = Text.of(key, out, items.get(i));
        }
        return out;
    }
}
