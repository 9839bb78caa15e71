package com.sesadvisor.engine.ahp;

import java.util.Arrays;

/**
 * Priorities of one pairwise matrix with every value needed to explain them.
 *
 * @param weights         priority vector, sums to 1
 * @param lambdaMax       principal eigenvalue estimate {@code mean_i (A w)_i / w_i}
 * @param ci              consistency index {@code (λmax - n) / (n - 1)}
 * @param cr              consistency ratio {@code CI / RI(n)}; 0 for n <= 2
 * @param randomIndex     RI(n) used
 * @param randomIndexTable table RI(n) came from (Alonso-Lamata for n > 10 whatever was asked)
 * @param method          how the weights were derived
 * @param iterations      power-method iterations (0 when not used)
 * @param solver          which numerical route produced the eigenvector, for the audit trail
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
        String solver) {

    public AhpResult {
        weights = weights.clone();
        if (method == null || randomIndexTable == null) {
            throw new IllegalArgumentException("method and random index table are required");
        }
    }

    @Override
    public double[] weights() {
        return weights.clone();
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
                + ", cr=" + cr + ", table=" + randomIndexTable + ", method=" + method + "]";
    }
}
