package com.sesadvisor.engine.ahp;

import com.sesadvisor.engine.text.Text;
import java.util.Arrays;

/**
 * A validated, complete reciprocal pairwise comparison matrix: {@code a[i][j]} says how many times element i is
 * preferred to element j. Aggregated group matrices hold non-integer judgements, so any positive value is accepted.
 *
 * <p>Reciprocity {@code a_ij a_ji = 1} is checked with a relative tolerance of {@value #RECIPROCITY_TOLERANCE},
 * deliberately looser than the 1e-6 of decision-methods.md: the API contract's own example sends 0.3333 for 1/3
 * (error 1e-4), and judgements typed with four decimals must be accepted. The tolerance used is recorded in every
 * {@link AhpResult}.
 */
public final class PairwiseMatrix {

    public static final int MIN_SIZE = (int) com.sesadvisor.engine.mcda.InputBounds.AHP_MATRIX_SIZE.min();
    public static final int MAX_SIZE = (int) com.sesadvisor.engine.mcda.InputBounds.AHP_MATRIX_SIZE.max();
    /** Relative tolerance for {@code a[i][j] * a[j][i] == 1}: judgements typed as 0.3333 must still pass. */
    public static final double RECIPROCITY_TOLERANCE = 1e-3;

    private final double[][] values;

    private PairwiseMatrix(double[][] values) {
        this.values = values;
    }

    /** Validates and copies the given matrix; see {@link InvalidMatrixException} for what is refused. */
    public static PairwiseMatrix of(double[][] matrix) {
        if (matrix == null) {
            throw InvalidMatrixException.wholeMatrix(Text.of("ahp.matrix.missing"));
        }
        int n = matrix.length;
        if (n < MIN_SIZE || n > MAX_SIZE) {
            throw InvalidMatrixException.wholeMatrix(Text.of("ahp.matrix.size", MIN_SIZE, MAX_SIZE, n));
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                int len = matrix[i] == null ? 0 : matrix[i].length;
                throw new InvalidMatrixException(Text.of("ahp.matrix.rowLength", i, len, n), i, -1);
            }
            copy[i] = matrix[i].clone();
        }
        checkEntries(copy);
        checkReciprocity(copy);
        return new PairwiseMatrix(copy);
    }

    /** How many judgements an n x n matrix has above its diagonal: {@code n(n-1)/2}. */
    public static int upperTriangleSize(int n) {
        return n * (n - 1) / 2;
    }

    /**
     * Where the judgement (i, j), i &lt; j, of an n x n matrix stands in its upper triangle read row by row (the
     * layout of {@link #upperTriangle()} and {@link #fromUpperTriangle(int, double[])}).
     */
    public static int upperTriangleIndex(int n, int i, int j) {
        return i * n - i * (i + 1) / 2 + (j - i - 1);
    }

    /** The pair {i, j}, i &lt; j, at position {@code k} of the upper triangle (the inverse of the index above). */
    public static int[] upperTrianglePair(int n, int k) {
        for (int i = 0, c = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++, c++) {
                if (c == k) {
                    return new int[] {i, j};
                }
            }
        }
        throw new IndexOutOfBoundsException("pair " + k + " of " + upperTriangleSize(n));
    }

    /** Builds the full matrix from the upper triangle {@code upper[i][j-i-1]} for i < j. */
    public static PairwiseMatrix fromUpperTriangle(int n, double[] upperRowMajor) {
        int expected = upperTriangleSize(n);
        if (upperRowMajor.length != expected) {
            throw InvalidMatrixException.wholeMatrix(Text.of("ahp.matrix.upperCount", n, expected,
                    upperRowMajor.length));
        }
        double[][] full = new double[n][n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            full[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double v = upperRowMajor[k++];
                full[i][j] = v;
                full[j][i] = 1.0 / v;
            }
        }
        return of(full);
    }

    static void checkEntries(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                double v = a[i][j];
                if (!Double.isFinite(v)) {
                    throw new InvalidMatrixException(Text.of("ahp.matrix.notFinite", i, j), i, j);
                }
                if (v <= 0) {
                    throw new InvalidMatrixException(Text.of("ahp.matrix.notPositive", i, j, v), i, j);
                }
                if (i == j && Math.abs(v - 1.0) > RECIPROCITY_TOLERANCE) {
                    throw new InvalidMatrixException(Text.of("ahp.matrix.diagonal", i, v), i, j);
                }
            }
        }
    }

    static void checkReciprocity(double[][] a) {
        int n = a.length;
        int broken = 0;
        int firstRow = -1;
        int firstCol = -1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] * a[j][i] - 1.0) > RECIPROCITY_TOLERANCE) {
                    broken++;
                    if (firstRow < 0) {
                        firstRow = j;
                        firstCol = i;
                    }
                }
            }
        }
        if (broken == 0) {
            return;
        }
        throw new InvalidMatrixException(notReciprocal(firstRow, firstCol, a[firstRow][firstCol],
                a[firstCol][firstRow], looksTransposed(a)), firstRow, firstCol);
    }

    /**
     * Cell (row, col) holding {@code value} is not the reciprocal of cell (col, row) holding {@code mirror}; a
     * transposed-looking matrix gets a hint on the convention.
     */
    static Text notReciprocal(int row, int col, double value, double mirror, boolean transposed) {
        return Text.of(transposed ? "ahp.matrix.reciprocalTransposed" : "ahp.matrix.reciprocal", row, col, value,
                mirror, 1.0 / mirror);
    }

    /** A symmetric matrix (a[i][j] == a[j][i] != 1) is the usual sign of pasting a matrix the wrong way round. */
    private static boolean looksTransposed(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (a[i][j] != 1.0 && Math.abs(a[i][j] - a[j][i]) <= RECIPROCITY_TOLERANCE * a[i][j]) {
                    return true;
                }
            }
        }
        return false;
    }

    public int size() {
        return values.length;
    }

    /** The internal array, for read-only use inside the engine (no copy). */
    double[][] values() {
        return values;
    }

    /** Upper triangle {@code a_ij, i < j}, row-major, the inverse of {@link #fromUpperTriangle(int, double[])}. */
    public double[] upperTriangle() {
        int n = values.length;
        double[] upper = new double[upperTriangleSize(n)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                upper[k++] = values[i][j];
            }
        }
        return upper;
    }

    /** A copy with {@code a_ij = value} and {@code a_ji = 1/value}, validated like any other matrix. */
    public PairwiseMatrix withJudgement(int row, int col, double value) {
        double[][] a = toArray();
        a[row][col] = value;
        a[col][row] = 1.0 / value;
        return of(a);
    }

    public double get(int row, int col) {
        return values[row][col];
    }

    /** A defensive copy of the entries. */
    public double[][] toArray() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PairwiseMatrix other && Arrays.deepEquals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "PairwiseMatrix" + Arrays.deepToString(values);
    }
}
