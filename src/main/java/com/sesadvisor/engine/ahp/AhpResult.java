package com.sesadvisor.engine.ahp;

import java.util.Arrays;

/**
 * Priorities of one pairwise matrix with every value needed to explain them.
 *
 * @param weights              priority vector, strictly positive, sums to 1
 * @param lambdaMax            principal eigenvalue estimate {@code mean_i (A w)_i / w_i}
 * @param ci                   consistency index {@code (λmax - n) / (n - 1)}; 0 for n <= 2
 * @param cr                   consistency ratio {@code CI / RI(n)}; 0 for n <= 2
 * @param randomIndex          RI(n) used
 * @param randomIndexTable     table RI(n) came from (Alonso-Lamata for n > 10 whatever was asked)
 * @param method               how the weights were derived
 * @param iterations           power-method iterations (0 when not used)
 * @param solver               which numerical route produced the eigenvector, for the audit trail
 * @param convergenceTolerance stopping rule of the power method ({@code max|Δw|}); 0 for the closed-form RGMM
 * @param reciprocityTolerance relative tolerance with which {@code a_ij a_ji = 1} was checked on input
 */
public record AhpResult(
        double[] weights,
        double lambdaMax,
        double ci,
        double cr,
        double randomIndex,
        RandomIndexTable randomIndexTable,
        PriorityMethod method,
        int iterations,
        String solver,
        double convergenceTolerance,
        double reciprocityTolerance) {

    public AhpResult {
        if (method == null || randomIndexTable == null) {
            throw new IllegalArgumentException("method and random index table are required");
        }
        if (weights == null || weights.length < PairwiseMatrix.MIN_SIZE) {
            throw new IllegalArgumentException("A priority vector needs at least " + PairwiseMatrix.MIN_SIZE + " weights.");
        }
        weights = weights.clone();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] > 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "] = " + weights[i] + " is not finite and positive.");
            }
            sum += weights[i];
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("Weights sum to " + sum + ", not 1.");
        }
        requireFinite("lambdaMax", lambdaMax);
        requireFinite("ci", ci);
        requireFinite("cr", cr);
        requireFinite("randomIndex", randomIndex);
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, not " + iterations + ".");
        }
        if (solver == null || solver.isBlank()) {
            throw new IllegalArgumentException("The solver must be named.");
        }
        if (!(convergenceTolerance >= 0) || !(reciprocityTolerance >= 0)) {
            throw new IllegalArgumentException("Tolerances must be >= 0.");
        }
    }

    /** The original nine-component form; records the default tolerances of {@link AhpCalculator} and {@link PairwiseMatrix}. */
    public AhpResult(double[] weights, double lambdaMax, double ci, double cr, double randomIndex,
            RandomIndexTable randomIndexTable, PriorityMethod method, int iterations, String solver) {
        this(weights, lambdaMax, ci, cr, randomIndex, randomIndexTable, method, iterations, solver,
                method == PriorityMethod.GEOMETRIC_MEAN ? 0.0 : AhpCalculator.TOLERANCE,
                PairwiseMatrix.RECIPROCITY_TOLERANCE);
    }

    private static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " is " + v + "; results never carry non-finite values.");
        }
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** One weight without copying the vector. */
    public double weight(int i) {
        return weights[i];
    }

    public int size() {
        return weights.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AhpResult r && Arrays.equals(weights, r.weights) && lambdaMax == r.lambdaMax
                && cr == r.cr && method == r.method && randomIndexTable == r.randomIndexTable;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(cr);
    }

    @Override
    public String toString() {
        return "AhpResult[weights=" + Arrays.toString(weights) + ", lambdaMax=" + lambdaMax + ", ci=" + ci
                + ", cr=" + cr + ", table=" + randomIndexTable + ", method=" + method + ", solver=" + solver + "]";
    }
}
