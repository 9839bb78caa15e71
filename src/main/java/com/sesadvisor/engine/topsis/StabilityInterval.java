package com.sesadvisor.engine.topsis;

/**
 * The range of one criterion's weight (as a share of the weight total; the other weights rescaled
 * proportionally so the total stays 1) in which the top alternative stays first.
 *
 * @param criterion   column index
 * @param weight      current weight share
 * @param lower       lowest share at which the top alternative is still first (0 when it always is below)
 * @param upper       highest such share (1 when it always is above)
 * @param leaderBelow alternative that becomes first just below {@code lower}, or null if {@code lower} = 0
 *                    without a change
 * @param leaderAbove alternative that becomes first just above {@code upper}, or null if {@code upper} = 1
 *                    without a change
 */
public record StabilityInterval(int criterion, double weight, double lower, double upper, Integer leaderBelow,
        Integer leaderAbove) {

    /** True if some weight of this criterion in [0, 1] makes another alternative first. */
    public boolean reversible() {
        return leaderBelow != null || leaderAbove != null;
    }

    /**
     * Smallest absolute change of this weight that makes another alternative first, or null when none does.
     */
    public Double marginToReversal() {
        Double best = null;
        if (leaderBelow != null) {
            best = weight - lower;
        }
        if (leaderAbove != null) {
            double up = upper - weight;
            best = best == null ? up : Math.min(best, up);
        }
        return best;
    }
}
