package com.sesadvisor.engine.finance;

/** One refused input: the field name (camelCase key, or e.g. {@code cashFlows[3]}) and why. */
public record Violation(String field, String message) {
}
