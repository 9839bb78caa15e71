package com.sesadvisor.engine.topsis;

/**
 * A weight share of one criterion (the other weights rescaled proportionally) at which two alternatives swap
 * places in the TOPSIS ranking: their closeness coefficients are equal there and change order.
 *
 * @param weight         the share in (0, 1) at which the two are tied
 * @param aheadBelow     of the two, the one ranked ahead just below {@code weight}
 * @param aheadAbove     the one ranked ahead just above {@code weight}
 * @param leaderChanges  whether the alternative ranked first changes here (the swap involves the first place)
 */
public record RankCrossing(double weight, int aheadBelow, int aheadAbove, boolean leaderChanges) {
}
