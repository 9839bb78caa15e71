package com.sesadvisor.engine.weighting;

import java.util.Arrays;
import java.util.Objects;

/**
 * Combined weights and the inputs they came from.
 *
 * @param weights    combined weights, sum to 1
 * @param subjective subjective weights as used (normalised to sum 1)
 * @param objective  objective weights as used (normalised to sum 1)
 * @param method     LINEAR or MULTIPLICATIVE
 * @param alpha      α of the linear combination (share of the subjective weights); recorded but unused for
 *                   MULTIPLICATIVE
 */
public record CombinedWeights(
        double[] weights, double[] subjective, double[] objective, CombinationMethod method, double alpha) {

    public CombinedWeights {
        weights = weights.clone();
        subjective = subjective.clone();
        objective = objective.clone();
        Objects.requireNonNull(method, "method");
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] subjective() {
        return subjective.clone();
    }

    @Override
    public double[] objective() {
        return objective.clone();
    }

    @Override
    public String toString() {
        return "CombinedWeights[" + method + ", alpha=" + alpha + ", weights=" + Arrays.toString(weights) + "]";
    }
}
