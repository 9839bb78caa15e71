package com.sesadvisor.engine.topsis;

import java.util.List;

/**
 * The ranking rerun without one alternative.
 *
 * @param removed        row index (in the full matrix) of the alternative left out
 * @param ranksWithout   rank of each remaining alternative, indexed by the full matrix's rows; 0 for the
 *                       removed one
 * @param reversedPairs  pairs of remaining alternatives whose strict order flipped
 */
public record RankReversalCheck(int removed, int[] ranksWithout, List<ReversedPair> reversedPairs) {

    public RankReversalCheck {
        ranksWithout = ranksWithout.clone();
        reversedPairs = List.copyOf(reversedPairs);
    }

    @Override
    public int[] ranksWithout() {
        return ranksWithout.clone();
    }

    /** True if leaving the alternative out changed the order of any two others. */
    public boolean reversal() {
        return !reversedPairs.isEmpty();
    }

    /** {@code wasAhead} ranked strictly above {@code nowAhead} with everyone; without the removed one, below. */
    public record ReversedPair(int wasAhead, int nowAhead) {
    }
}
