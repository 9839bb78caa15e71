package com.sesadvisor.engine.ahp;

/** A 0-based cell of a pairwise matrix. */
public record Cell(int row, int col) {

    public Cell {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("Cell indices are 0-based and non-negative, not (" + row + "," + col + ").");
        }
    }

    /** The field name used in API errors, e.g. {@code matrix[2][0]}. */
    public String field() {
        return "matrix[" + row + "][" + col + "]";
    }

    @Override
    public String toString() {
        return "(" + row + "," + col + ")";
    }
}
