package com.sesadvisor.eligibility;

import com.sesadvisor.engine.text.Text;
import java.util.Objects;

/**
 * What is wrong with one input field (API {@code errors[]}, a CSV cell, a form field). The message is a translatable
 * {@link Text} (keys in {@code i18n/eligibility.properties}): screens render it in the reader's language, the REST API
 * and the exports write its English.
 */
public record FieldProblem(String field, Text message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code field: English message}, for logs and exception messages. */
    @Override
    public String toString() {
        return field + ": " + message.english();
    }
}
