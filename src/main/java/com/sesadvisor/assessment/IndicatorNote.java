package com.sesadvisor.assessment;

import com.sesadvisor.engine.text.Text;

/**
 * Why a cell of the indicator matrix is not simply the engine's number (e.g. a payback never reached).
 *
 * @param alternative alternative (row) name
 * @param criterion   criterion id (column)
 * @param kind        what was done
 * @param value       the value put in the matrix
 * @param message     plain words for the committee, as a text in the reader's language (English in the API)
 */
public record IndicatorNote(String alternative, String criterion, Kind kind, double value, Text message) {

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
