package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import java.util.Objects;

/**
 * One refused input: the field name (camelCase key, or e.g. {@code cashFlows[3]}) and why, as a text that screens
 * render in the reader's language; {@link #message()} is the English the REST API returns.
 *
 * @param field the offending field
 * @param text  the reason (its key tells which check refused it, e.g. {@code engine.finance.violation.aboveMax})
 */
public record Violation(String field, Text text) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    /** A reason that exists in English only (callers not converted to texts yet): every language shows it as is. */
    public Violation(String field, String message) {
        this(field, TextLists.verbatim(message));
    }

    /** The reason in English (REST API, logs, exception messages). */
    public String message() {
        return text.english();
    }
}
