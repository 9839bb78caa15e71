package com.sesadvisor.analysis;

/** Bad analysis input, naming the field (e.g. {@code subjectiveWeights.IRR}) so a form can show it inline. */
public final class InvalidAnalysisInputException extends IllegalArgumentException {

    private final String field;

    public InvalidAnalysisInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
