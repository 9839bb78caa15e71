package com.sesadvisor.engine.weighting;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.text.Text;
import java.util.Arrays;
import java.util.List;

/**
 * Entropy (objective) weights with every intermediate value.
 *
 * @param weights                  {@code w_j = d_j / Σ d}, sums to 1 (uniform when {@code degenerate})
 * @param entropy                  {@code E_j} in [0, 1]; exactly 1 for a constant column
 * @param divergence               {@code d_j = 1 - E_j} (never negative)
 * @param proportions              {@code p_ij} used in the entropy (after any min-max step); all {@code 1/m}
 *                                 for a constant column
 * @param minMaxNormalizedColumns  columns that held a negative value and were min-max normalised to [0, 1]
 *                                 first
 * @param constantColumns          columns with no spread (weight 0)
 * @param degenerate               every column is constant: no information, so the weights are uniform
 * @param notes                    plain-words statements of each policy that was applied
 */
public record EntropyWeights(
        double[] weights,
        double[] entropy,
        double[] divergence,
        double[][] proportions,
        List<Integer> minMaxNormalizedColumns,
        List<Integer> constantColumns,
        boolean degenerate,
        List<Text> notes) {

    public EntropyWeights {
        weights = weights.clone();
        entropy = entropy.clone();
        divergence = divergence.clone();
        proportions = DecisionInputChecks.copy(proportions);
        minMaxNormalizedColumns = List.copyOf(minMaxNormalizedColumns);
        constantColumns = List.copyOf(constantColumns);
        notes = List.copyOf(notes);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] entropy() {
        return entropy.clone();
    }

    @Override
    public double[] divergence() {
        return divergence.clone();
    }

    @Override
    public double[][] proportions() {
        return DecisionInputChecks.copy(proportions);
    }

    /** Weight of criterion j without copying the vector. */
    public double weight(int j) {
        return weights[j];
    }

    @Override
    public String toString() {
        return "EntropyWeights[weights=" + Arrays.toString(weights) + ", entropy=" + Arrays.toString(entropy)
                + ", minMax=" + minMaxNormalizedColumns + ", constant=" + constantColumns + "]";
    }
}
