package com.sesadvisor.engine.ahp;

import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import com.sesadvisor.engine.text.Text;
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

    static final String POWER_METHOD = "power method";
    static final String EIGEN_FALLBACK = "Commons Math EigenDecomposition (power method did not converge)";
    static final String RGMM = "row geometric mean";

    public AhpResult priorities(PairwiseMatrix matrix) {
        return priorities(matrix, PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980);
    }

    public AhpResult priorities(PairwiseMatrix matrix, PriorityMethod method, RandomIndexTable table) {
        requireSettings(method, table);
        return compute(matrix.values(), method, table);
    }

    /**
     * Everything the priorities endpoint shows for one matrix: priorities and consistency, the judgements to revise,
     * the most inconsistent triad, and, if judgements were missing, Harker's completion.
     */
    public AhpAnalysis analyse(IncompletePairwiseMatrix matrix, PriorityMethod method, RandomIndexTable table) {
        requireSettings(method, table);
        Optional<HarkerCompletion> completion = Optional.empty();
        PairwiseMatrix complete;
        if (matrix.isComplete()) {
            complete = matrix.toComplete();
        } else {
            HarkerCompletion c = HarkerCompletion.complete(matrix);
            completion = Optional.of(c);
            complete = c.completedMatrix();
        }
        AhpResult result = compute(complete.values(), method, table);
        ConsistencyDiagnostics diagnostics = ConsistencyDiagnostics.of(complete, matrix, result, method, table);
        return new AhpAnalysis(result, diagnostics, completion);
    }

    /** {@link #analyse(IncompletePairwiseMatrix, PriorityMethod, RandomIndexTable)} for a complete matrix. */
    public AhpAnalysis analyse(PairwiseMatrix matrix, PriorityMethod method, RandomIndexTable table) {
        return analyse(IncompletePairwiseMatrix.from(matrix), method, table);
    }

    /** Same as {@link #analyse(PairwiseMatrix, PriorityMethod, RandomIndexTable)} with the defaults (EV, Saaty 1980). */
    public AhpAnalysis analyse(PairwiseMatrix matrix) {
        return analyse(matrix, PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980);
    }

    private static void requireSettings(PriorityMethod method, RandomIndexTable table) {
        if (method == null || table == null) {
            throw new IllegalArgumentException("A priority method and a random index table are required.");
        }
    }

    /** Core computation on an already validated matrix (never modified). */
    static AhpResult compute(double[][] a, PriorityMethod method, RandomIndexTable table) {
        int n = a.length;
        double[] w;
        int iterations = 0;
        String solver;
        if (method == PriorityMethod.GEOMETRIC_MEAN) {
            w = rowGeometricMean(a);
            solver = RGMM;
        } else {
            PowerIteration power = powerMethod(a);
            iterations = power.iterations();
            if (power.converged()) {
                w = power.vector();
                solver = POWER_METHOD;
            } else {
                w = eigenDecomposition(a);
                solver = EIGEN_FALLBACK;
            }
        }
        double lambdaMax = lambdaMax(a, w);
        double ci = n <= 2 ? 0.0 : (lambdaMax - n) / (n - 1);
        RandomIndexTable used = table.effectiveFor(n);
        double ri = table.randomIndex(n);
        double cr = ri == 0.0 ? 0.0 : ci / ri;
        return new AhpResult(w, lambdaMax, ci, cr, ri, used, method, iterations, solver,
                method == PriorityMethod.GEOMETRIC_MEAN ? 0.0 : TOLERANCE, PairwiseMatrix.RECIPROCITY_TOLERANCE);
    }

    /** CR only, for what-if questions (diagnostics, Monte Carlo). */
    static double consistencyRatio(double[][] a, PriorityMethod method, RandomIndexTable table) {
        return compute(a, method, table).cr();
    }

    /** {@code λmax = mean_i (A w)_i / w_i}: for any positive w this is Saaty's estimate of the eigenvalue. */
    static double lambdaMax(double[][] a, double[] w) {
        int n = a.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            double[] ai = a[i];
            for (int j = 0; j < n; j++) {
                row += ai[j] * w[j];
            }
            sum += row / w[i];
        }
        return sum / n;
    }

    /**
     * The priority vector alone, for what-if questions on perturbed judgements (Monte Carlo): the same solver as
     * {@link #priorities(PairwiseMatrix, PriorityMethod, RandomIndexTable)} without CR. {@code a} must be a valid
     * positive reciprocal matrix; it is not modified.
     */
    public static double[] priorityVector(double[][] a, PriorityMethod method) {
        if (method == PriorityMethod.GEOMETRIC_MEAN) {
            return rowGeometricMean(a);
        }
        PowerIteration power = powerMethod(a);
        return power.converged() ? power.vector() : eigenDecomposition(a);
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

    record PowerIteration(double[] vector, int iterations, boolean converged) {
    }

    /** Power method {@code w <- A w / |A w|_1} from the uniform vector, for any non-negative primitive matrix. */
    static PowerIteration powerMethod(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double[] next = new double[n];
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                double[] ai = a[i];
                for (int j = 0; j < n; j++) {
                    s += ai[j] * w[j];
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

    /** Principal eigenvector (largest real eigenvalue), absolute values, normalised to sum 1. */
    static double[] eigenDecomposition(double[][] a) {
        EigenDecomposition eigen;
        try {
            eigen = new EigenDecomposition(new Array2DRowRealMatrix(a, true));
        } catch (org.apache.commons.math3.exception.MathIllegalStateException
                 | org.apache.commons.math3.exception.MathArithmeticException e) {
            throw new NotConvergedException(Text.of("ahp.matrix.notConverged"), e);
        }
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
