package com.sesadvisor.engine.mcda;

/**
 * Base of every input error of the ranking engine (entropy, combined weights, TOPSIS, recommendation).
 * Each subclass is one failure kind; {@link #field()} names the offending request field or cell in the
 * REST contract's spelling ({@code matrix[2][3]}, {@code weights[1]}, {@code directions[0]}, {@code alpha}) so
 * that the REST layer can map it to a 4xx problem with {@code errors: [{field, message}]}.
 */
public abstract sealed class DecisionInputException extends IllegalArgumentException
        permits DimensionMismatchException, InvalidWeightsException, UnknownDirectionException,
        TooFewAlternativesException, NonFiniteValueException, InvalidOptionException, InvalidNameException {

    private final String field;

    protected DecisionInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The offending field, e.g. {@code matrix[1]}, {@code weights[3]}, {@code alpha}. */
    public String field() {
        return field;
    }
}
