package com.sesadvisor.assessment;

/**
 * Why a cell of the indicator matrix is not simply the engine's number (e.g. a payback never reached).
 *
 * @param alternative alternative (row) name
 * @param criterion   criterion id (column)
 * @param kind        what was done
 * @param value       the value put in the matrix
 * @param message     plain words for the committee
 */
public record IndicatorNote(String alternative, String criterion, Kind kind, double value, String message) {

    /** What was done to the cell. */
    public enum Kind {
        /** A payback not reached within the horizon: the penalty value (horizon + 1 years) is used. */
        PAYBACK_NOT_REACHED,
        /** No IRR exists: -100 % (or +1000 % when the flows never turn negative) is used. */
        IRR_UNDEFINED,
        /** Several IRRs exist: the root closest to zero is used; decide on NPV. */
        IRR_AMBIGUOUS
    }
}
