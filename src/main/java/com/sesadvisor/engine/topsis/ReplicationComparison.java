package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.text.Text;
import java.util.List;

/**
 * The paper's "all criteria are benefits" TOPSIS beside the one with correct directions.
 *
 * @param paperMode          every column treated as BENEFIT, as Chi et al. (2025) did
 * @param correctDirections  the same matrix and weights with the given directions
 * @param invertedCriteria   columns whose direction the paper inverted (COST treated as BENEFIT)
 * @param rankingChanged     whether the ranks differ
 * @param explanation        plain-words explanation of the difference
 */
public record ReplicationComparison(TopsisResult paperMode, TopsisResult correctDirections,
        List<Integer> invertedCriteria, boolean rankingChanged, Text explanation) {

    public ReplicationComparison {
        invertedCriteria = List.copyOf(invertedCriteria);
    }
}
