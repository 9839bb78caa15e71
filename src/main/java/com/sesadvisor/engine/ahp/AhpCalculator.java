package com.sesadvisor.engine.ahp;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Priorities and consistency of a pairwise matrix (Saaty 1977/1980). Stateless and thread-safe.
 *
 * <p>The eigenvector comes from the power method started at the uniform vector; if it has not converged to
 * {@value #TOLERANCE} in {@value #MAX_ITERATIONS} iterations the result falls back to Commons Math's
 * {@link EigenDecomposition} and says so in {@link AhpResult#solver()}.
 */
public final class AhpCalculator {

    static final double TOLERANCE = 1e-12;
    static final int MAX_ITERATIONS = 1000;

    public AhpResult priorities(PairwiseMatrix matrix) {
        return priorities(matrix, PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980);
    }

    public AhpResult priorities(PairwiseMatrix matrix, PriorityMethod method, RandomIndexTable table) {
        double[][] a = matrix.toArray();
        int n = a.length;
        double[] w;
        int iterations = 0;
        String solver;
        if (method == PriorityMethod.GEOMETRIC_MEAN) {
            w = rowGeometricMean(a);
            solver = "row geometric mean";
        } else {
            PowerIteration power = powerMethod(a);
            if (power.converged()) {
                w = power.vector();
                iterations = power.iterations();
                solver = "power method";
            } else {
                w = eigenDecomposition(a);
                iterations = power.iterations();
                solver = "Commons Math EigenDecomposition (power method did not converge)";
            }
        }
        double lambdaMax = lambdaMax(a, w);
        double ci = n <= 2 ? 0.0 : (lambdaMax - n) / (n - 1);
        RandomIndexTable used = table.effectiveFor(n);
        double ri = table.randomIndex(n);
        double cr = ri == 0.0 ? 0.0 : ci / ri;
        return new AhpResult(w, lambdaMax, ci, cr, ri, used, method, iterations, solver);
    }

    /** {@code λmax = mean_i (A w)_i / w_i}: for any positive w this is Saaty's estimate of the eigenvalue. */
    static double lambdaMax(double[][] a, double[] w) {
        int n = a.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += a[i][j] * w[j];
            }
            sum += row / w[i];
        }
        return sum / n;
    }

    static double[] rowGeometricMean(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double logSum = 0;
            for (int j = 0; j < n; j++) {
                logSum += Math.log(a[i][j]);
            }
            w[i] = Math.exp(logSum / n);
            total += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= total;
        }
        return w;
    }

    private record PowerIteration(double[] vector, int iterations, boolean converged) {
    }

    private static PowerIteration powerMethod(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double[] next = new double[n];
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * w[j];
                }
                next[i] = s;
                total += s;
            }
            double maxDelta = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= total;
                maxDelta = Math.max(maxDelta, Math.abs(next[i] - w[i]));
            }
            double[] swap = w;
            w = next;
            next = swap;
            if (maxDelta < TOLERANCE) {
                return new PowerIteration(w, it, true);
            }
        }
        return new PowerIteration(w, MAX_ITERATIONS, false);
    }

    private static double[] eigenDecomposition(double[][] a) {
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(a, false));
        double[] real = eigen.getRealEigenvalues();
        int best = 0;
        for (int i = 1; i < real.length; i++) {
            if (real[i] > real[best]) {
                best = i;
            }
        }
        double[] v = eigen.getEigenvector(best).toArray();
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(v[i]);
            total += v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= total;
        }
        return v;
    }
}
