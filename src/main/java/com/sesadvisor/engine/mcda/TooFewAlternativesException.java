package com.sesadvisor.engine.mcda;

/** Fewer than two alternatives (rows), or no criterion (column): nothing to rank. */
public final class TooFewAlternativesException extends DecisionInputException {

    public TooFewAlternativesException(String field, String message) {
        super(field, message);
    }
}
