package com.sesadvisor.engine.mcda;

/** A NaN or infinite number in a matrix, a weight vector or an option. */
public final class NonFiniteValueException extends DecisionInputException {

    public NonFiniteValueException(String field, String message) {
        super(field, message);
    }
}
