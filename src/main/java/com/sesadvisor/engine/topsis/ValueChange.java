package com.sesadvisor.engine.topsis;

/**
 * The value one criterion of the challenger would need, everything else unchanged, for the challenger to rank
 * first (recomputing the normalisation). {@code requiredValue} is null when no value in the searched range
 * (up to 64 spans beyond the current value; for a cost criterion with non-negative data, down to 0) makes it
 * win, or when the criterion has weight 0.
 *
 * @param alternative   the challenger's row index
 * @param criterion     column index
 * @param currentValue  the challenger's current raw value
 * @param requiredValue the threshold value (just past the switch, within 1e-7 of the span), or null
 * @param feasible      whether a value was found
 */
public record ValueChange(int alternative, int criterion, double currentValue, Double requiredValue,
        boolean feasible) {

    public ValueChange {
        if (feasible != (requiredValue != null)) {
            throw new IllegalArgumentException("requiredValue must be present exactly when feasible");
        }
    }
}
