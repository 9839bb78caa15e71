package com.sesadvisor.engine.mcda;

/** A criterion direction that is missing or is neither {@code BENEFIT} nor {@code COST}. */
public final class UnknownDirectionException extends DecisionInputException {

    public UnknownDirectionException(String field, String message) {
        super(field, message);
    }
}
