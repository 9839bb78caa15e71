package com.sesadvisor.engine.mcda;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shared validation of decision matrices, weight vectors and names; every failure names its field. */
public final class DecisionInputChecks {

    private DecisionInputChecks() {
    }

    /**
     * A decision matrix: rows = alternatives (at least 2), columns = criteria (at least 1), rectangular,
     * finite. Returns the number of columns.
     */
    public static int matrix(double[][] matrix, String field) {
        if (matrix == null) {
            throw new TooFewAlternativesException(field, "matrix is missing");
        }
        if (matrix.length < 2) {
            throw new TooFewAlternativesException(field,
                    "at least 2 alternatives (rows) are needed to rank, got " + matrix.length);
        }
        if (matrix[0] == null || matrix[0].length == 0) {
            throw new TooFewAlternativesException(field + "[0]", "at least 1 criterion (column) is needed");
        }
        InputBounds.DECISION_ALTERNATIVES.checkCount(matrix.length, field);
        int n = matrix[0].length;
        InputBounds.DECISION_CRITERIA.checkCount(n, field + "[0]");
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw new DimensionMismatchException(field + "[" + i + "]", "row has "
                        + (matrix[i] == null ? 0 : matrix[i].length) + " values but row 0 has " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(matrix[i][j])) {
                    throw new NonFiniteValueException(field + "[" + i + "][" + j + "]",
                            "value must be a finite number, got " + matrix[i][j]);
                }
                InputBounds.DECISION_VALUE.check(matrix[i][j], field + "[" + i + "][" + j + "]");
            }
        }
        return n;
    }

    /**
     * A weight vector with one non-negative finite weight per criterion, not all zero. Weights need not sum
     * to 1 (callers normalise where the method requires it).
     */
    public static void weights(double[] weights, int expectedLength, String field) {
        if (weights == null) {
            throw new InvalidWeightsException(field, "weights are missing");
        }
        if (weights.length != expectedLength) {
            throw new DimensionMismatchException(field, "expected " + expectedLength
                    + " weights (one per criterion), got " + weights.length);
        }
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            if (!Double.isFinite(weights[j])) {
                throw new NonFiniteValueException(field + "[" + j + "]",
                        "weight must be a finite number, got " + weights[j]);
            }
            if (weights[j] < 0) {
                throw new InvalidWeightsException(field + "[" + j + "]",
                        "weight must not be negative, got " + weights[j]);
            }
            InputBounds.WEIGHT.check(weights[j], field + "[" + j + "]");
            sum += weights[j];
        }
        if (sum <= 0) {
            throw new InvalidWeightsException(field, "all weights are zero; at least one must be positive");
        }
    }

    /** One non-null direction per criterion. */
    public static void directions(List<Direction> directions, int expectedLength, String field) {
        if (directions == null) {
            throw new UnknownDirectionException(field, "directions are missing");
        }
        if (directions.size() != expectedLength) {
            throw new DimensionMismatchException(field, "expected " + expectedLength
                    + " directions (one per criterion), got " + directions.size());
        }
        for (int j = 0; j < directions.size(); j++) {
            if (directions.get(j) == null) {
                throw new UnknownDirectionException(field + "[" + j + "]",
                        "direction is missing; expected BENEFIT or COST");
            }
        }
    }

    /** Non-blank, unique names, exactly {@code expectedLength} of them. */
    public static void names(List<String> names, int expectedLength, String field) {
        if (names == null) {
            throw new InvalidNameException(field, "names are missing");
        }
        if (names.size() != expectedLength) {
            throw new DimensionMismatchException(field, "expected " + expectedLength + " names, got "
                    + names.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String s = names.get(i);
            if (s == null || s.isBlank()) {
                throw new InvalidNameException(field + "[" + i + "]", "name must not be blank");
            }
            if (!seen.add(s)) {
                throw new InvalidNameException(field + "[" + i + "]", "duplicate name '" + s + "'");
            }
        }
    }

    /** A finite number in [lo, hi]. */
    public static void inRange(double value, double lo, double hi, String field) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteValueException(field, "must be a finite number, got " + value);
        }
        if (value < lo || value > hi) {
            throw new InvalidOptionException(field, "must be in [" + lo + ", " + hi + "], got " + value);
        }
    }

    /** Deep copy of a rectangular matrix. */
    public static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
