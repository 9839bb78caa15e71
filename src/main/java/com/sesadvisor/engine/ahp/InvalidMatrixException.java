package com.sesadvisor.engine.ahp;

/**
 * A pairwise comparison matrix that the AHP cannot use. Carries the offending cell (0-based; -1 when the
 * problem is the matrix as a whole) so that forms and the REST API can point at it.
 */
public final class InvalidMatrixException extends IllegalArgumentException {

    private final int row;
    private final int col;

    public InvalidMatrixException(String message, int row, int col) {
        super(message);
        this.row = row;
        this.col = col;
    }

    public static InvalidMatrixException wholeMatrix(String message) {
        return new InvalidMatrixException(message, -1, -1);
    }

    public int row() {
        return row;
    }

    public int col() {
        return col;
    }

    /** A JSON-pointer-like field name such as {@code matrix[2][3]}, or {@code matrix}. */
    public String field() {
        if (row < 0) {
            return "matrix";
        }
        return col < 0 ? "matrix[" + row + "]" : "matrix[" + row + "][" + col + "]";
    }
}
