package com.sesadvisor.engine.ahp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Completion of an incomplete pairwise matrix by Harker's method (Harker 1987, Math. Modelling 9(11):837-848).
 *
 * <p>{@code c_ij = a_ij} where known, 0 where missing, {@code c_ii = 1 + (missing entries in row i)}; {@code w} is
 * the principal eigenvector of C and a missing {@code a_ij := w_i / w_j}. The eigenvector of the completed matrix
 * equals {@code w}, so EV priorities of the completed matrix are Harker's priorities.
 *
 * @param completedMatrix the matrix with every missing judgement filled in
 * @param weights         Harker's priority vector (principal eigenvector of C, sums to 1)
 * @param missingCount    number of judgements (pairs) that were missing
 * @param missingCells    the missing pairs (i < j), 0-based
 * @param solver          how the eigenvector of C was obtained
 */
public record HarkerCompletion(
        PairwiseMatrix completedMatrix,
        double[] weights,
        int missingCount,
        List<Cell> missingCells,
        String solver) {

    public HarkerCompletion {
        if (completedMatrix == null || weights == null || missingCells == null || solver == null) {
            throw new IllegalArgumentException("All parts of a completion are required.");
        }
        if (weights.length != completedMatrix.size()) {
            throw new IllegalArgumentException("weights has " + weights.length + " entries for a matrix of size "
                    + completedMatrix.size() + ".");
        }
        if (missingCount != missingCells.size()) {
            throw new IllegalArgumentException("missingCount " + missingCount + " != " + missingCells.size() + " cells.");
        }
        weights = weights.clone();
        missingCells = List.copyOf(missingCells);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The method name recorded for reports. */
    public String method() {
        return "Harker (1987)";
    }

    /**
     * Completes the matrix (a complete matrix is returned as is, with its EV priorities).
     *
     * @throws DisconnectedComparisonsException if the known judgements do not connect all elements
     */
    public static HarkerCompletion complete(IncompletePairwiseMatrix m) {
        int n = m.size();
        requireConnected(m);
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            int missingInRow = 0;
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                if (m.known(i, j)) {
                    c[i][j] = m.value(i, j);
                } else {
                    missingInRow++;
                }
            }
            c[i][i] = 1.0 + missingInRow;
        }
        // C is non-negative, irreducible (connected graph) and has a positive diagonal, hence primitive:
        // the power method converges to its Perron vector.
        AhpCalculator.PowerIteration power = AhpCalculator.powerMethod(c);
        double[] w;
        String solver;
        if (power.converged()) {
            w = power.vector();
            solver = AhpCalculator.POWER_METHOD;
        } else {
            w = AhpCalculator.eigenDecomposition(c);
            solver = AhpCalculator.EIGEN_FALLBACK;
        }
        double[][] full = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                full[i][j] = m.known(i, j) ? m.value(i, j) : w[i] / w[j];
            }
        }
        return new HarkerCompletion(PairwiseMatrix.of(full), w, m.missingCount(), m.missingCells(), solver);
    }

    static void requireConnected(IncompletePairwiseMatrix m) {
        int n = m.size();
        boolean[] seen = new boolean[n];
        List<List<Integer>> components = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            List<Integer> component = new ArrayList<>();
            Deque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            seen[start] = true;
            while (!queue.isEmpty()) {
                int i = queue.poll();
                component.add(i);
                for (int j = 0; j < n; j++) {
                    if (!seen[j] && j != i && m.known(i, j)) {
                        seen[j] = true;
                        queue.add(j);
                    }
                }
            }
            component.sort(Comparator.naturalOrder());
            components.add(component);
        }
        if (components.size() > 1) {
            components.sort(Comparator.comparingInt((List<Integer> c) -> -c.size()).thenComparing(c -> c.get(0)));
            throw new DisconnectedComparisonsException(components);
        }
    }
}
