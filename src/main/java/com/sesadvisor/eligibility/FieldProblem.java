package com.sesadvisor.eligibility;

import java.util.Objects;

/** What is wrong with one input field (API {@code errors[]}, a CSV cell, a form field). */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
