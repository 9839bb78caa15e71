package com.sesadvisor.workshop;

import com.sesadvisor.engine.text.Text;

/**
 * Workshop input that cannot be stored, naming the field (the UI shows it next to that field) and the reason as a
 * translatable {@link Text} (keys in {@code i18n/workshop.properties}); {@link #getMessage()} is
 * {@code field: English reason}, for logs and tests.
 */
public final class WorkshopInputException extends IllegalArgumentException {

    /** A reason a caller still words as finished English: shown as it is in every language. */
    static final String UNTRANSLATED = "workshop.untranslated";

    private final String field;
    private final transient Text text;

    public WorkshopInputException(String field, Text message) {
        super(field + ": " + message.english());
        this.field = field;
        this.text = message;
    }

    /**
     * For callers that still word the reason as finished English (or already translated): it is shown as it is.
     * Prefer {@link #WorkshopInputException(String, Text)}.
     */
    public WorkshopInputException(String field, String message) {
        this(field, Text.of(UNTRANSLATED, message));
    }

    public String field() {
        return field;
    }

    /** The reason without the field name, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }
}
