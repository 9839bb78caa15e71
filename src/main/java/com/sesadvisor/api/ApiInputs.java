package com.sesadvisor.api;

import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.InvalidMatrixException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns JSON arrays into engine inputs, naming the field or cell when something is missing or off. */
final class ApiInputs {

    private ApiInputs() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new BadRequestException(field, "is required");
        }
        return value;
    }

    /** A numeric matrix without gaps (rows = alternatives for entropy and TOPSIS). */
    static double[][] matrix(List<List<Double>> rows, String field) {
        required(rows, field);
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<Double> row = rows.get(i);
            if (row == null) {
                throw new BadRequestException(field + "[" + i + "]", "row is missing");
            }
            m[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                Double v = row.get(j);
                if (v == null) {
                    throw new BadRequestException(field + "[" + i + "][" + j + "]", "must be a number");
                }
                m[i][j] = v;
            }
        }
        return m;
    }

    static double[] vector(List<Double> values, String field) {
        required(values, field);
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = values.get(i);
            if (x == null) {
                throw new BadRequestException(field + "[" + i + "]", "must be a number");
            }
            v[i] = x;
        }
        return v;
    }

    /** A pairwise matrix in which {@code null} marks a missing judgement; errors name {@code field[i][j]}. */
    static IncompletePairwiseMatrix pairwise(List<List<Double>> rows, String field) {
        if (rows == null) {
            throw new BadRequestException(field, "The matrix is missing.");
        }
        Double[][] m = new Double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<Double> row = rows.get(i);
            if (row == null) {
                throw new BadRequestException(field + "[" + i + "]", "Row " + i + " is missing.");
            }
            m[i] = row.toArray(Double[]::new);
        }
        try {
            return IncompletePairwiseMatrix.of(m);
        } catch (InvalidMatrixException e) {
            if ("matrix".equals(field)) {
                throw e;
            }
            String cell = e.row() < 0 ? field : e.col() < 0 ? field + "[" + e.row() + "]"
                    : field + "[" + e.row() + "][" + e.col() + "]";
            throw new BadRequestException(cell, e.getMessage());
        }
    }

    /** An enum by name (case-insensitive), or the default when null; errors list the allowed names. */
    static <E extends Enum<E>> E option(String value, Class<E> type, E defaultValue, String field) {
        if (value == null || value.isBlank()) {
            if (defaultValue == null) {
                throw new BadRequestException(field, "is required; allowed: " + Arrays.toString(type.getEnumConstants()));
            }
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field, "unknown value '" + value + "'; allowed: "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Double orNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
