package com.sesadvisor.engine.topsis;

import java.util.List;

/**
 * Rank-reversal thresholds of one criterion's weight share (others rescaled proportionally so the total stays 1):
 * the nearest shares below and above the current one at which any two alternatives swap places.
 *
 * @param criterion    column index
 * @param weight       current share of the weight total
 * @param down         the nearest swap below the current share, or null when no share in [0, weight) changes the
 *                     ranking ("no reversal in range")
 * @param up           the nearest swap above, or null when no share in (weight, 1] changes it
 * @param tiedAtWeight two alternatives are tied at the current share and any change of it separates them
 * @param crossings    every swap in (0, 1), in increasing order of share (for marks on a slider)
 */
public record ReversalThresholds(int criterion, double weight, RankCrossing down, RankCrossing up,
        boolean tiedAtWeight, List<RankCrossing> crossings) {

    public ReversalThresholds {
        crossings = List.copyOf(crossings);
    }

    /** How far the share can fall before the ranking changes, or null when it never does. */
    public Double marginDown() {
        return down == null ? null : weight - down.weight();
    }

    /** How far the share can rise before the ranking changes, or null when it never does. */
    public Double marginUp() {
        return up == null ? null : up.weight() - weight;
    }

    /** The smaller of the two margins, or null when no share of this criterion changes the ranking. */
    public Double margin() {
        Double d = marginDown();
        Double u = marginUp();
        if (d == null) {
            return u;
        }
        return u == null ? d : Double.valueOf(Math.min(d, u));
    }

    /** The nearest crossing (down or up) that changes the alternative ranked first, or null. */
    public RankCrossing nearestLeaderChange() {
        RankCrossing best = null;
        for (RankCrossing c : crossings) {
            if (c.leaderChanges() && (best == null
                    || Math.abs(c.weight() - weight) < Math.abs(best.weight() - weight))) {
                best = c;
            }
        }
        return best;
    }
}
