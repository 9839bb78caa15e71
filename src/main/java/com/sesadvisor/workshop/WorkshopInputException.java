package com.sesadvisor.workshop;

import com.sesadvisor.engine.text.Text;

/**
 * Workshop input that cannot be stored, naming the field (the UI shows it next to that field) and the reason as a
 * translatable {@link Text} (keys in {@code i18n/workshop.properties}); {@link #getMessage()} is
 * {@code field: English reason}, for logs and tests.
 */
public final class WorkshopInputException extends IllegalArgumentException {

    private final String field;
    private final transient Text text;

    public WorkshopInputException(String field, Text message) {
        super(field + ": " + message.english());
        this.field = field;
        this.text = message;
    }

    public String field() {
        return field;
    }

    /** The reason without the field name, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }
}
