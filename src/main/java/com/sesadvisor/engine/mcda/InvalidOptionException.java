package com.sesadvisor.engine.mcda;

/** An option outside its domain (alpha outside [0, 1], a negative number of Monte Carlo draws, a spread outside [0, 1), an index out of range). */
public final class InvalidOptionException extends DecisionInputException {

    public InvalidOptionException(String field, String message) {
        super(field, message);
    }
}
