package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.mcda.DecisionInputChecks;

/**
 * Rank-stability frequencies from weights drawn around the given weights:
 * {@code w'_j ∝ w_j (1 + spread · u_j)}, {@code u_j ~ U(-1, 1)} independent, renormalised to sum 1.
 *
 * @param draws               number of draws
 * @param spread              relative half-width of the perturbation, in [0, 1)
 * @param seed                seed of the {@link java.util.SplittableRandom}; same seed, same frequencies
 * @param rankFrequency       {@code [i][r]} = share of draws in which alternative i came (r + 1)-th
 * @param firstPlaceFrequency {@code [i]} = share of draws in which alternative i came first
 * @param topStaysFirst       share of draws in which the unperturbed top alternative stayed first
 */
public record MonteCarloStability(int draws, double spread, long seed, double[][] rankFrequency,
        double[] firstPlaceFrequency, double topStaysFirst) {

    public MonteCarloStability {
        rankFrequency = DecisionInputChecks.copy(rankFrequency);
        firstPlaceFrequency = firstPlaceFrequency.clone();
    }

    @Override
    public double[][] rankFrequency() {
        return DecisionInputChecks.copy(rankFrequency);
    }

    @Override
    public double[] firstPlaceFrequency() {
        return firstPlaceFrequency.clone();
    }
}
