package com.sesadvisor.engine.weighting;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Objective weights by Shannon entropy (Shannon 1948; Zeleny 1982; worked example Xu 2004).
 *
 * <pre>
 * p_ij = x_ij / Σ_i x_ij,  E_j = -(1/ln m) Σ_i p_ij ln p_ij  (0·ln 0 = 0),  d_j = 1 - E_j,  w_j = d_j / Σ_k d_k
 * </pre>
 * Policies (spec decision-methods.md, "Objective weights: entropy"):
 * <ul>
 *   <li>m >= 2 alternatives, finite values;</li>
 *   <li>a column holding any negative value (NPV, IRR) is first min-max normalised to [0, 1]; the result
 *       lists those columns and says so in its notes;</li>
 *   <li>a constant column (relative spread below 1e-12, including all zeros) gets E = 1 and weight 0;</li>
 *   <li>if every column is constant there is no information: weights are uniform and the result is marked
 *       {@code degenerate} (no NaN);</li>
 *   <li>direction (benefit/cost) does not enter the formula.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class EntropyWeighting {

    /** Relative spread under which a column counts as constant. */
    public static final double CONSTANT_TOLERANCE = 1e-12;

    private EntropyWeighting() {
    }

    /**
     * Entropy weights of a decision matrix (rows = alternatives, columns = criteria).
     *
     * @throws com.sesadvisor.engine.mcda.DecisionInputException subclasses naming {@code matrix...} on bad input
     */
    public static EntropyWeights compute(double[][] matrix) {
        int n = DecisionInputChecks.matrix(matrix, "matrix");
        int m = matrix.length;
        double lnM = Math.log(m);
        double[] e = new double[n];
        double[] d = new double[n];
        double[][] p = new double[m][n];
        List<Integer> minMax = new ArrayList<>();
        List<Integer> constant = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        double sumD = 0;
        for (int j = 0; j < n; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : matrix) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            double scale = Math.max(Math.max(Math.abs(min), Math.abs(max)), Double.MIN_NORMAL);
            if (max - min <= CONSTANT_TOLERANCE * scale) {
                constant.add(j);
                e[j] = 1.0;
                d[j] = 0.0;
                for (int i = 0; i < m; i++) {
                    p[i][j] = 1.0 / m;
                }
                continue;
            }
            boolean shift = min < 0;
            if (shift) {
                minMax.add(j);
            }
            double sum = 0;
            for (double[] row : matrix) {
                sum += shift ? (row[j] - min) / (max - min) : row[j];
            }
            double h = 0;
            for (int i = 0; i < m; i++) {
                double x = shift ? (matrix[i][j] - min) / (max - min) : matrix[i][j];
                double pij = x / sum;
                p[i][j] = pij;
                if (pij > 0) {
                    h -= pij * Math.log(pij);
                }
            }
            e[j] = h / lnM;
            d[j] = Math.max(0.0, 1.0 - e[j]);
            sumD += d[j];
        }
        double[] w = new double[n];
        boolean degenerate = sumD <= 0;
        for (int j = 0; j < n; j++) {
            w[j] = degenerate ? 1.0 / n : d[j] / sumD;
        }
        if (!minMax.isEmpty()) {
            notes.add(Text.of("engine.entropy.minMax", List.copyOf(minMax)));
        }
        if (!constant.isEmpty()) {
            notes.add(Text.of("engine.entropy.constant", List.copyOf(constant)));
        }
        if (degenerate) {
            notes.add(Text.of("engine.entropy.degenerate"));
        }
        return new EntropyWeights(w, e, d, p, minMax, constant, degenerate, notes);
    }
}
