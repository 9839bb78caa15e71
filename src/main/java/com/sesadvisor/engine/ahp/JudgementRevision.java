package com.sesadvisor.engine.ahp;

/**
 * One judgement the expert may want to revise (REST: an element of {@code inconsistentJudgements}).
 *
 * @param row             0-based row i (i < col)
 * @param col             0-based column j
 * @param value           the judgement given, {@code a_ij}
 * @param deviation       {@code e_ij = a_ij w_j / w_i}; 1 when consistent with the priorities
 * @param severity        {@code max(e_ij, 1/e_ij)} >= 1, the ranking key
 * @param consistentValue {@code w_i / w_j}, the value that would agree with the priorities
 * @param suggested       {@code consistentValue} mapped to the nearest Saaty scale value (1/9..9)
 * @param crIfChanged     CR of the matrix after replacing {@code a_ij} by {@code suggested} (and {@code a_ji} by its
 *                        reciprocal), recomputed with the same method and RI table
 */
public record JudgementRevision(
        int row,
        int col,
        double value,
        double deviation,
        double severity,
        double consistentValue,
        double suggested,
        double crIfChanged) {

    public JudgementRevision {
        if (row < 0 || col < 0 || row == col) {
            throw new IllegalArgumentException("A judgement is an off-diagonal cell, not (" + row + "," + col + ").");
        }
        for (double v : new double[] {value, deviation, severity, consistentValue, suggested, crIfChanged}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Judgement revision (" + row + "," + col + ") has a non-finite value.");
            }
        }
        if (severity < 1.0 - 1e-12) {
            throw new IllegalArgumentException("severity is max(e, 1/e) >= 1, not " + severity + ".");
        }
    }
}
