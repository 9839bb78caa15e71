package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.InvalidOptionException;
import com.sesadvisor.engine.topsis.Normalization;
import com.sesadvisor.engine.weighting.CombinationMethod;

/**
 * Options of the recommendation pipeline.
 *
 * @param alpha             share of the subjective weights in the LINEAR combination, [0, 1] (default 0.5)
 * @param combination       LINEAR (default) or MULTIPLICATIVE
 * @param normalization     VECTOR (default) or MIN_MAX
 * @param monteCarloDraws   weight draws for rank stability, 0 to skip (default 1000)
 * @param monteCarloSpread  relative half-width of the weight perturbation, [0, 1) (default 0.2, i.e. ±20 %)
 * @param seed              seed of the draws (default 20250401)
 * @param stabilityMargin   a weight change (in weight-share points) at or below which a reversal counts as
 *                          "within the margin" (default 0.05)
 * @param paperReplication  also run the paper's all-benefit reading and explain the difference (default false)
 */
public record RecommendationOptions(double alpha, CombinationMethod combination, Normalization normalization,
        int monteCarloDraws, double monteCarloSpread, long seed, double stabilityMargin,
        boolean paperReplication) {

    public static final int DEFAULT_DRAWS = 1000;
    public static final double DEFAULT_SPREAD = 0.2;
    public static final long DEFAULT_SEED = 20250401L;
    public static final double DEFAULT_MARGIN = 0.05;

    public RecommendationOptions {
        DecisionInputChecks.inRange(alpha, 0, 1, "alpha");
        combination = combination == null ? CombinationMethod.LINEAR : combination;
        normalization = normalization == null ? Normalization.VECTOR : normalization;
        if (monteCarloDraws < 0) {
            throw new InvalidOptionException("monteCarloDraws", "must not be negative, got " + monteCarloDraws);
        }
        if (!Double.isFinite(monteCarloSpread) || monteCarloSpread < 0 || monteCarloSpread >= 1) {
            throw new InvalidOptionException("monteCarloSpread", "must be in [0, 1), got " + monteCarloSpread);
        }
        DecisionInputChecks.inRange(stabilityMargin, 0, 1, "stabilityMargin");
    }

    public static RecommendationOptions defaults() {
        return new RecommendationOptions(0.5, CombinationMethod.LINEAR, Normalization.VECTOR, DEFAULT_DRAWS,
                DEFAULT_SPREAD, DEFAULT_SEED, DEFAULT_MARGIN, false);
    }

    public RecommendationOptions withAlpha(double a) {
        return new RecommendationOptions(a, combination, normalization, monteCarloDraws, monteCarloSpread, seed,
                stabilityMargin, paperReplication);
    }

    public RecommendationOptions withCombination(CombinationMethod c) {
        return new RecommendationOptions(alpha, c, normalization, monteCarloDraws, monteCarloSpread, seed,
                stabilityMargin, paperReplication);
    }

    public RecommendationOptions withNormalization(Normalization n) {
        return new RecommendationOptions(alpha, combination, n, monteCarloDraws, monteCarloSpread, seed,
                stabilityMargin, paperReplication);
    }

    public RecommendationOptions withMonteCarlo(int draws, double spread, long s) {
        return new RecommendationOptions(alpha, combination, normalization, draws, spread, s, stabilityMargin,
                paperReplication);
    }

    public RecommendationOptions withStabilityMargin(double margin) {
        return new RecommendationOptions(alpha, combination, normalization, monteCarloDraws, monteCarloSpread,
                seed, margin, paperReplication);
    }

    public RecommendationOptions withPaperReplication(boolean on) {
        return new RecommendationOptions(alpha, combination, normalization, monteCarloDraws, monteCarloSpread,
                seed, stabilityMargin, on);
    }
}
