package com.sesadvisor.engine.ahp;

/**
 * Koczkodaj's (1993) triad inconsistency for elements i < j < k: {@code x = a_ij a_jk / a_ik},
 * {@code K = min(|1 - x|, |1 - 1/x|)} in [0, 1); 0 when the three judgements agree.
 *
 * @param i     0-based first element
 * @param j     0-based second element
 * @param k     0-based third element
 * @param ratio {@code x = a_ij a_jk / a_ik}
 * @param index Koczkodaj's index K
 */
public record InconsistentTriad(int i, int j, int k, double ratio, double index) {

    public InconsistentTriad {
        if (!(0 <= i && i < j && j < k)) {
            throw new IllegalArgumentException("A triad needs 0 <= i < j < k, not (" + i + "," + j + "," + k + ").");
        }
        if (!(ratio > 0) || !Double.isFinite(ratio) || !(index >= 0 && index < 1)) {
            throw new IllegalArgumentException("Triad (" + i + "," + j + "," + k + ") has ratio " + ratio
                    + " and index " + index + ".");
        }
    }

    static double koczkodaj(double x) {
        return Math.min(Math.abs(1 - x), Math.abs(1 - 1 / x));
    }
}
