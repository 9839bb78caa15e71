package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * TOPSIS (Hwang and Yoon 1981), as specified in decision-methods.md:
 * normalise ({@link Normalization#VECTOR} by default), weight {@code v_ij = w_j r_ij}, ideal {@code V+} (max for
 * benefit, min for cost) and anti-ideal {@code V-}, Euclidean distances {@code S+}, {@code S-}, closeness
 * {@code C = S- / (S+ + S-)}, rank by C descending.
 *
 * <p>Edge cases: a column of zeros (or a constant column under MIN_MAX, or a zero weight) contributes nothing;
 * if no alternative differs from another in the weighted matrix, every closeness is 0.5 and the result says so.
 * Weights are used as given (closeness does not depend on their sum; distances do).
 *
 * <p>{@link #prepare} separates the weight-independent normalisation from the weighting, so that sensitivity
 * sweeps and Monte Carlo draws re-weight without re-normalising. Stateless and thread-safe.
 */
public final class Topsis {

    /** Closeness values closer than this are ties. */
    public static final double TIE_TOLERANCE = 1e-12;

    private Topsis() {
    }

    /** TOPSIS with vector normalisation. */
    public static TopsisResult evaluate(double[][] matrix, double[] weights, List<Direction> directions) {
        return evaluate(matrix, weights, directions, Normalization.VECTOR);
    }

    /**
     * TOPSIS of a decision matrix.
     *
     * @param matrix        rows = alternatives (>= 2), columns = criteria; finite (field {@code matrix})
     * @param weights       one non-negative weight per criterion, not all zero (field {@code weights})
     * @param directions    one BENEFIT/COST per criterion (field {@code directions})
     * @param normalization null means VECTOR
     */
    public static TopsisResult evaluate(double[][] matrix, double[] weights, List<Direction> directions,
            Normalization normalization) {
        return prepare(matrix, directions, normalization).evaluate(weights);
    }

    /** Validates and normalises once; weights come later. */
    public static Prepared prepare(double[][] matrix, List<Direction> directions, Normalization normalization) {
        int n = DecisionInputChecks.matrix(matrix, "matrix");
        DecisionInputChecks.directions(directions, n, "directions");
        return new Prepared(DecisionInputChecks.copy(matrix), List.copyOf(directions),
                normalization == null ? Normalization.VECTOR : normalization);
    }

    /**
     * A normalised decision matrix ready to be weighted any number of times. Immutable. Because weights are
     * non-negative, the ideal of {@code v = w r} is {@code w} times the ideal of {@code r}, so
     * {@code S+_i² = Σ_j w_j² (r_ij - r+_j)²}: the squared gaps are precomputed once and a re-weighting costs
     * one multiply-add per cell.
     */
    public static final class Prepared {
        private final double[][] matrix;
        private final List<Direction> directions;
        private final Normalization normalization;
        private final double[][] r;
        private final boolean[] benefit;
        private final boolean[] degenerateColumn;
        private final double[] gapPlus;
        private final double[] gapMinus;
        private final int m;
        private final int n;

        Prepared(double[][] matrix, List<Direction> directions, Normalization normalization) {
            this.matrix = matrix;
            this.directions = directions;
            this.normalization = normalization;
            this.m = matrix.length;
            this.n = matrix[0].length;
            this.r = new double[m][n];
            this.benefit = new boolean[n];
            this.degenerateColumn = new boolean[n];
            this.gapPlus = new double[m * n];
            this.gapMinus = new double[m * n];
            for (int j = 0; j < n; j++) {
                benefit[j] = directions.get(j) == Direction.BENEFIT;
                normaliseColumn(j);
            }
        }

        private Prepared(Prepared o, int row, int col, double value) {
            this.matrix = DecisionInputChecks.copy(o.matrix);
            this.matrix[row][col] = value;
            this.directions = o.directions;
            this.normalization = o.normalization;
            this.m = o.m;
            this.n = o.n;
            this.r = DecisionInputChecks.copy(o.r);
            this.benefit = o.benefit;
            this.degenerateColumn = o.degenerateColumn.clone();
            this.gapPlus = o.gapPlus.clone();
            this.gapMinus = o.gapMinus.clone();
            normaliseColumn(col);
        }

        /** The same preparation with one raw value replaced (only that column is renormalised). */
        Prepared withValue(int row, int col, double value) {
            return new Prepared(this, row, col, value);
        }

        private void normaliseColumn(int j) {
            if (normalization == Normalization.VECTOR) {
                double ss = 0;
                for (double[] row : matrix) {
                    ss += row[j] * row[j];
                }
                double norm = Math.sqrt(ss);
                degenerateColumn[j] = norm == 0;
                for (int i = 0; i < m; i++) {
                    r[i][j] = norm == 0 ? 0 : matrix[i][j] / norm;
                }
            } else {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double[] row : matrix) {
                    min = Math.min(min, row[j]);
                    max = Math.max(max, row[j]);
                }
                double span = max - min;
                degenerateColumn[j] = span == 0;
                for (int i = 0; i < m; i++) {
                    r[i][j] = span == 0 ? 0 : (matrix[i][j] - min) / span;
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                max = Math.max(max, r[i][j]);
                min = Math.min(min, r[i][j]);
            }
            double best = benefit[j] ? max : min;
            double worst = benefit[j] ? min : max;
            for (int i = 0; i < m; i++) {
                double dp = r[i][j] - best;
                double dm = r[i][j] - worst;
                gapPlus[i * n + j] = dp * dp;
                gapMinus[i * n + j] = dm * dm;
            }
        }

        public int alternatives() {
            return m;
        }

        public int criteria() {
            return n;
        }

        public Normalization normalization() {
            return normalization;
        }

        public List<Direction> directions() {
            return directions;
        }

        /** Full evaluation with validated weights. */
        public TopsisResult evaluate(double[] weights) {
            DecisionInputChecks.weights(weights, n, "weights");
            double[][] v = new double[m][n];
            double[] ideal = new double[n];
            double[] anti = new double[n];
            for (int j = 0; j < n; j++) {
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    v[i][j] = weights[j] * r[i][j];
                    max = Math.max(max, v[i][j]);
                    min = Math.min(min, v[i][j]);
                }
                ideal[j] = benefit[j] ? max : min;
                anti[j] = benefit[j] ? min : max;
            }
            double[] sPlus = new double[m];
            double[] sMinus = new double[m];
            double[] c = new double[m];
            boolean identical = true;
            for (int i = 0; i < m; i++) {
                double a = 0;
                double b = 0;
                for (int j = 0; j < n; j++) {
                    double dp = v[i][j] - ideal[j];
                    double dm = v[i][j] - anti[j];
                    a += dp * dp;
                    b += dm * dm;
                }
                sPlus[i] = Math.sqrt(a);
                sMinus[i] = Math.sqrt(b);
                if (sPlus[i] + sMinus[i] > 0) {
                    identical = false;
                }
            }
            for (int i = 0; i < m; i++) {
                double total = sPlus[i] + sMinus[i];
                c[i] = identical || total == 0 ? 0.5 : sMinus[i] / total;
            }
            int[] order = order(c);
            int[] ranks = ranks(c);
            List<Integer> inactive = new ArrayList<>();
            List<Text> findings = new ArrayList<>();
            List<Integer> zeroColumns = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (weights[j] == 0 || degenerateColumn[j]) {
                    inactive.add(j);
                }
                if (degenerateColumn[j]) {
                    zeroColumns.add(j);
                }
            }
            if (!zeroColumns.isEmpty()) {
                findings.add(Text.of(normalization == Normalization.VECTOR ? "engine.topsis.zeroColumns"
                        : "engine.topsis.constantColumns", List.copyOf(zeroColumns)));
            }
            if (identical) {
                findings.add(Text.of("engine.topsis.identical"));
            }
            return new TopsisResult(matrix, weights, directions, normalization, r, v, ideal, anti, sPlus, sMinus,
                    c, ranks, order, inactive, identical, findings);
        }

        /** Closeness only, for weights the caller knows to be valid (no validation). */
        public double[] closeness(double[] weights) {
            double[] out = new double[m];
            closeness(weights, out, new double[m]);
            return out;
        }

        /**
         * Closeness only, into {@code out} (length m) using {@code scratch} (length m), without validation or
         * allocation: for sweeps and Monte Carlo draws with weights the caller already knows to be valid.
         */
        public void closeness(double[] weights, double[] out, double[] scratch) {
            boolean identical = true;
            for (int i = 0; i < m; i++) {
                double a = 0;
                double b = 0;
                int base = i * n;
                for (int j = 0; j < n; j++) {
                    double w2 = weights[j] * weights[j];
                    a += w2 * gapPlus[base + j];
                    b += w2 * gapMinus[base + j];
                }
                double sPlus = Math.sqrt(a);
                double sMinus = Math.sqrt(b);
                double total = sPlus + sMinus;
                if (total > 0) {
                    identical = false;
                }
                out[i] = total == 0 ? 0.5 : sMinus / total;
            }
            if (identical) {
                java.util.Arrays.fill(out, 0.5);
            }
        }

        double[][] rawMatrix() {
            return matrix;
        }

        /** {@code (r_ij - r+_j)²}: the squared normalised gap of alternative i to the ideal on criterion j. */
        double gapToIdeal(int i, int j) {
            return gapPlus[i * n + j];
        }

        /** {@code (r_ij - r-_j)²}: the squared normalised gap of alternative i to the anti-ideal on criterion j. */
        double gapToAntiIdeal(int i, int j) {
            return gapMinus[i * n + j];
        }
    }

    /** Row indices by closeness descending, ties (within {@link #TIE_TOLERANCE}) in input order. */
    static int[] order(double[] c) {
        int[] out = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            int k = i;
            while (k > 0 && c[i] > c[out[k - 1]] + TIE_TOLERANCE) {
                out[k] = out[k - 1];
                k--;
            }
            out[k] = i;
        }
        return out;
    }

    /** Competition ranks (1 = best); ties within {@link #TIE_TOLERANCE} share the better rank. */
    static int[] ranks(double[] c) {
        int[] ranks = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            int better = 0;
            for (double ck : c) {
                if (ck > c[i] + TIE_TOLERANCE) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }

    /** Index of the best alternative in a closeness vector (first in input order when tied). */
    static int best(double[] c) {
        int best = 0;
        for (int i = 1; i < c.length; i++) {
            if (c[i] > c[best] + TIE_TOLERANCE) {
                best = i;
            }
        }
        return best;
    }
}
