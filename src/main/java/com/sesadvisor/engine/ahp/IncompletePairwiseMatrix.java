package com.sesadvisor.engine.ahp;

import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A validated reciprocal pairwise matrix in which some judgements may be missing ({@code null} in the input, as in
 * the REST contract). A missing judgement must be missing on both sides ({@code a_ij} and {@code a_ji}); the
 * diagonal is never missing. Complete with {@link HarkerCompletion#complete(IncompletePairwiseMatrix)}.
 */
public final class IncompletePairwiseMatrix {

    /** Plausibility bounds of one judgement (the shared catalogue); outside them the solvers can overflow. */
    private static final com.sesadvisor.engine.mcda.InputBounds JUDGEMENT_RANGE =
            com.sesadvisor.engine.mcda.InputBounds.AHP_JUDGEMENT;

    private final double[][] values;
    private final boolean[][] known;
    private final int missing;

    private IncompletePairwiseMatrix(double[][] values, boolean[][] known, int missing) {
        this.values = values;
        this.known = known;
        this.missing = missing;
    }

    /**
     * The full matrix of an upper triangle read row by row (the layout of
     * {@link PairwiseMatrix#fromUpperTriangle(int, double[])}) in which {@code NaN} marks an unanswered pair: the
     * diagonal 1, each answered {@code a_ij} with its reciprocal {@code a_ji}, {@code null} on both sides of an
     * unanswered pair (the input of {@link #of(Double[][])}). Not validated.
     */
    public static Double[][] cellsOfUpperTriangle(int n, double[] upper) {
        Double[][] m = new Double[n][n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
            for (int j = i + 1; j < n; j++, k++) {
                if (!Double.isNaN(upper[k])) {
                    m[i][j] = upper[k];
                    m[j][i] = 1.0 / upper[k];
                }
            }
        }
        return m;
    }

    /**
     * Validates and copies a matrix whose missing judgements are {@code null}. Every rule of {@link PairwiseMatrix}
     * applies to the known cells; the messages name the cell.
     *
     * @throws InvalidMatrixException naming the offending cell
     */
    public static IncompletePairwiseMatrix of(Double[][] matrix) {
        if (matrix == null) {
            throw InvalidMatrixException.wholeMatrix(Text.of("ahp.matrix.missing"));
        }
        int n = matrix.length;
        if (n < PairwiseMatrix.MIN_SIZE || n > PairwiseMatrix.MAX_SIZE) {
            throw InvalidMatrixException.wholeMatrix(Text.of("ahp.matrix.size", PairwiseMatrix.MIN_SIZE,
                    PairwiseMatrix.MAX_SIZE, n));
        }
        double[][] values = new double[n][n];
        boolean[][] known = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                int len = matrix[i] == null ? 0 : matrix[i].length;
                throw new InvalidMatrixException(Text.of("ahp.matrix.rowLength", i, len, n), i, -1);
            }
        }
        int missing = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Double v = matrix[i][j];
                if (v == null) {
                    if (i == j) {
                        throw new InvalidMatrixException(Text.of("ahp.matrix.diagonalMissing", i), i, j);
                    }
                    if (matrix[j][i] != null) {
                        throw new InvalidMatrixException(Text.of("ahp.matrix.halfMissing", i, j, matrix[j][i]), i,
                                j);
                    }
                    if (i < j) {
                        missing++;
                    }
                    continue;
                }
                double d = v;
                if (!Double.isFinite(d)) {
                    throw new InvalidMatrixException(Text.of("ahp.matrix.notFinite", i, j), i, j);
                }
                if (d <= 0) {
                    throw new InvalidMatrixException(Text.of("ahp.matrix.notPositive", i, j, d), i, j);
                }
                if (!JUDGEMENT_RANGE.accepts(d) && !JUDGEMENT_RANGE.accepts(d * (1 + 1e-9))
                        && !JUDGEMENT_RANGE.accepts(d * (1 - 1e-9))) {
                    throw new InvalidMatrixException(Text.of("ahp.matrix.outOfRange", i, j, d, JUDGEMENT_RANGE.min(),
                            JUDGEMENT_RANGE.max()), i, j);
                }
                if (i == j && Math.abs(d - 1.0) > PairwiseMatrix.RECIPROCITY_TOLERANCE) {
                    throw new InvalidMatrixException(Text.of("ahp.matrix.diagonal", i, d), i, j);
                }
                values[i][j] = d;
                known[i][j] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (known[i][j] && Math.abs(values[i][j] * values[j][i] - 1.0) > PairwiseMatrix.RECIPROCITY_TOLERANCE) {
                    // report the lower cell, like PairwiseMatrix does
                    boolean transposed = values[i][j] != 1.0
                            && Math.abs(values[i][j] - values[j][i]) <= PairwiseMatrix.RECIPROCITY_TOLERANCE * values[i][j];
                    throw new InvalidMatrixException(PairwiseMatrix.notReciprocal(j, i, values[j][i], values[i][j],
                            transposed), j, i);
                }
            }
        }
        return new IncompletePairwiseMatrix(values, known, missing);
    }

    /** Same as {@link #of(Double[][])} with {@link OptionalDouble#empty()} marking a missing judgement. */
    public static IncompletePairwiseMatrix of(OptionalDouble[][] matrix) {
        if (matrix == null) {
            throw InvalidMatrixException.wholeMatrix(Text.of("ahp.matrix.missing"));
        }
        Double[][] boxed = new Double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i] == null) {
                continue;
            }
            boxed[i] = new Double[matrix[i].length];
            for (int j = 0; j < matrix[i].length; j++) {
                OptionalDouble v = matrix[i][j];
                boxed[i][j] = v == null || v.isEmpty() ? null : v.getAsDouble();
            }
        }
        return of(boxed);
    }

    /** A complete matrix seen as an incomplete one with nothing missing. */
    public static IncompletePairwiseMatrix from(PairwiseMatrix complete) {
        int n = complete.size();
        boolean[][] known = new boolean[n][n];
        for (boolean[] row : known) {
            Arrays.fill(row, true);
        }
        return new IncompletePairwiseMatrix(complete.toArray(), known, 0);
    }

    public int size() {
        return values.length;
    }

    public boolean isMissing(int row, int col) {
        return !known[row][col];
    }

    public OptionalDouble get(int row, int col) {
        return known[row][col] ? OptionalDouble.of(values[row][col]) : OptionalDouble.empty();
    }

    /** Number of missing judgements, counting each pair {i, j} once. */
    public int missingCount() {
        return missing;
    }

    public boolean isComplete() {
        return missing == 0;
    }

    /** Missing judgements, each pair once as (i, j) with i < j. */
    public List<Cell> missingCells() {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if (!known[i][j]) {
                    cells.add(new Cell(i, j));
                }
            }
        }
        return List.copyOf(cells);
    }

    /** The entries with {@code null} where a judgement is missing (the REST shape). */
    public Double[][] toNullableArray() {
        int n = values.length;
        Double[][] out = new Double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = known[i][j] ? values[i][j] : null;
            }
        }
        return out;
    }

    /**
     * The matrix as a {@link PairwiseMatrix}.
     *
     * @throws InvalidMatrixException naming the first missing cell if a judgement is missing
     */
    public PairwiseMatrix toComplete() {
        if (!isComplete()) {
            Cell first = missingCells().get(0);
            throw new InvalidMatrixException(Text.of("ahp.matrix.incomplete", first.row(), first.col()),
                    first.row(), first.col());
        }
        return PairwiseMatrix.of(values);
    }

    double value(int row, int col) {
        return values[row][col];
    }

    boolean known(int row, int col) {
        return known[row][col];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncompletePairwiseMatrix other && Arrays.deepEquals(toNullableArray(), other.toNullableArray());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(toNullableArray());
    }

    @Override
    public String toString() {
        return "IncompletePairwiseMatrix" + Arrays.deepToString(toNullableArray());
    }
}
