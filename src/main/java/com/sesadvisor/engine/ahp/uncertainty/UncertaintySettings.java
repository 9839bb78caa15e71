package com.sesadvisor.engine.ahp.uncertainty;

import com.sesadvisor.engine.ahp.PriorityMethod;

/**
 * Settings of the Monte Carlo judgement-uncertainty analysis.
 *
 * @param trials        number of perturbed matrices (AHP-OS uses 1000)
 * @param spread        half-width δ of the uniform perturbation on the scale position (AHP-OS: 0.5)
 * @param seed          seed of the {@link java.util.SplittableRandom}; equal seeds give equal results
 * @param lowerQuantile lower quantile reported (e.g. 0.05)
 * @param upperQuantile upper quantile reported (e.g. 0.95)
 * @param method        priority method of every trial
 */
public record UncertaintySettings(
        int trials, double spread, long seed, double lowerQuantile, double upperQuantile, PriorityMethod method) {

    /** 1000 trials, ±0.5 on the scale, P5/P95, EV, seed 1. */
    public static final UncertaintySettings DEFAULT = new UncertaintySettings(1000, 0.5, 1L, 0.05, 0.95,
            PriorityMethod.EIGENVECTOR);

    public UncertaintySettings {
        if (trials < 10 || trials > 1_000_000) {
            throw new IllegalArgumentException("trials must lie in [10, 1000000], not " + trials + ".");
        }
        if (!(spread >= 0 && spread <= 4)) {
            throw new IllegalArgumentException("spread must lie in [0, 4] scale steps, not " + spread + ".");
        }
        if (!(lowerQuantile >= 0 && lowerQuantile < upperQuantile && upperQuantile <= 1)) {
            throw new IllegalArgumentException("Quantiles must satisfy 0 <= lower < upper <= 1, not " + lowerQuantile
                    + ", " + upperQuantile + ".");
        }
        if (method == null) {
            throw new IllegalArgumentException("A priority method is required.");
        }
    }

    public UncertaintySettings withSeed(long newSeed) {
        return new UncertaintySettings(trials, spread, newSeed, lowerQuantile, upperQuantile, method);
    }

    /** AHP-OS reduces the variation for a group of K participants by sqrt(K). */
    public UncertaintySettings forGroupOf(int experts) {
        if (experts < 1) {
            throw new IllegalArgumentException("A group has at least one expert, not " + experts + ".");
        }
        return new UncertaintySettings(trials, spread / Math.sqrt(experts), seed, lowerQuantile, upperQuantile, method);
    }
}
