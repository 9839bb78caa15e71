package com.sesadvisor.engine.weighting;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.DimensionMismatchException;
import com.sesadvisor.engine.mcda.InvalidWeightsException;

/**
 * Combines subjective and objective weights (spec decision-methods.md, "Combined weights"). Both inputs are
 * first normalised to sum 1 (an AHP vector already does; a user-typed vector such as 20/30/50 is accepted).
 * Stateless and thread-safe.
 */
public final class WeightCombiner {

    /** The paper's 0.5 / 0.5 split. */
    public static final double DEFAULT_ALPHA = 0.5;

    private WeightCombiner() {
    }

    /** Linear combination with the default α = 0.5. */
    public static CombinedWeights linear(double[] subjective, double[] objective) {
        return combine(subjective, objective, CombinationMethod.LINEAR, DEFAULT_ALPHA);
    }

    /**
     * @param subjective one non-negative weight per criterion, not all zero (field {@code subjective})
     * @param objective  same length (field {@code objective})
     * @param method     LINEAR or MULTIPLICATIVE (null means LINEAR)
     * @param alpha      in [0, 1] (field {@code alpha}); checked for both methods, used only by LINEAR
     * @throws InvalidWeightsException when MULTIPLICATIVE finds no criterion weighted by both
     */
    public static CombinedWeights combine(double[] subjective, double[] objective, CombinationMethod method,
            double alpha) {
        if (subjective == null) {
            throw new InvalidWeightsException("subjective", "subjective weights are missing");
        }
        DecisionInputChecks.weights(subjective, subjective.length, "subjective");
        if (objective == null) {
            throw new InvalidWeightsException("objective", "objective weights are missing");
        }
        if (objective.length != subjective.length) {
            throw new DimensionMismatchException("objective", "expected " + subjective.length
                    + " weights (as many as subjective), got " + objective.length);
        }
        DecisionInputChecks.weights(objective, objective.length, "objective");
        DecisionInputChecks.inRange(alpha, 0.0, 1.0, "alpha");
        CombinationMethod how = method == null ? CombinationMethod.LINEAR : method;
        double[] s = normalised(subjective);
        double[] o = normalised(objective);
        int n = s.length;
        double[] w = new double[n];
        if (how == CombinationMethod.LINEAR) {
            for (int j = 0; j < n; j++) {
                w[j] = alpha * s[j] + (1 - alpha) * o[j];
            }
        } else {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                w[j] = s[j] * o[j];
                sum += w[j];
            }
            if (!(sum > 0)) {
                throw new InvalidWeightsException("objective", "multiplicative combination is zero for every "
                        + "criterion: no criterion has both a subjective and an objective weight");
            }
            for (int j = 0; j < n; j++) {
                w[j] /= sum;
            }
        }
        return new CombinedWeights(w, s, o, how, alpha);
    }

    static double[] normalised(double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = w[j] / sum;
        }
        return out;
    }
}
