package com.sesadvisor.engine.mcda;

/** Lengths that must agree do not (ragged matrix rows, weights or directions not one per criterion, names not one per row or column). */
public final class DimensionMismatchException extends DecisionInputException {

    public DimensionMismatchException(String field, String message) {
        super(field, message);
    }
}
