package com.sesadvisor.workshop;

/** Workshop input that cannot be stored, naming the field (the UI shows it next to that field). */
public final class WorkshopInputException extends IllegalArgumentException {

    private final String field;

    public WorkshopInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
