package com.sesadvisor.engine.ahp;

import com.sesadvisor.engine.text.Text;

/**
 * A pairwise comparison matrix that the AHP cannot use. Carries the offending cell (0-based; -1 when the
 * problem is the matrix as a whole) so that forms and the REST API can point at it, and the reason as a
 * translatable {@link Text} ({@link #getMessage()} is its English, for the API and logs).
 */
public final class InvalidMatrixException extends IllegalArgumentException {

    private final transient Text text;
    private final int row;
    private final int col;

    public InvalidMatrixException(Text message, int row, int col) {
        super(message.english());
        this.text = message;
        this.row = row;
        this.col = col;
    }

    public static InvalidMatrixException wholeMatrix(Text message) {
        return new InvalidMatrixException(message, -1, -1);
    }

    /** The reason, to be rendered in the reader's language. */
    public Text text() {
        return text;
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
