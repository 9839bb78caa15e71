package com.sesadvisor.engine.mcda;

/** A weight vector that cannot be used: a negative weight, all weights zero, or a combination whose product is zero everywhere. */
public final class InvalidWeightsException extends DecisionInputException {

    public InvalidWeightsException(String field, String message) {
        super(field, message);
    }
}
