package com.sesadvisor.engine.mcda;

/** A missing, blank or duplicated alternative or criterion name. */
public final class InvalidNameException extends DecisionInputException {

    public InvalidNameException(String field, String message) {
        super(field, message);
    }
}
