package com.sesadvisor.engine.ahp.group;

import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.engine.text.Text;
import java.util.List;

/**
 * Goepel's (2018) AHP consensus indicator S* for K experts' priority vectors over n elements, based on Shannon
 * entropy partitioning: {@code Hα} (mean entropy of the experts' vectors), {@code Hγ} (entropy of the mean vector),
 * {@code Hβ = Hγ - Hα}; {@code S* = (1/exp(Hβ) - 1/cor) / (1 - 1/cor)} with the correction
 * {@code cor = n / exp(Hα,min)} for the scale maximum M.
 *
 * @param sStar           S* clamped to [0, 1] (1 = identical experts)
 * @param sStarUnclamped  S* before clamping (slightly below 0 by rounding, or when experts are more extreme than the
 *                        scale allows)
 * @param label           word from the {@link ConsensusScale}
 * @param hAlpha          Hα
 * @param hGamma          Hγ
 * @param hBeta           Hβ
 * @param experts         K
 * @param elements        n
 * @param scaleMax        M (9 for Saaty's scale)
 */
public record Consensus(
        double sStar,
        double sStarUnclamped,
        String label,
        double hAlpha,
        double hGamma,
        double hBeta,
        int experts,
        int elements,
        int scaleMax) {

    public Consensus {
        for (double v : new double[] {sStar, sStarUnclamped, hAlpha, hGamma, hBeta}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("A consensus value is not finite.");
            }
        }
        if (sStar < 0 || sStar > 1 || label == null || experts < 1 || elements < 2 || scaleMax < 2) {
            throw new IllegalArgumentException("Invalid consensus: S* = " + sStar + ", K = " + experts + ", n = "
                    + elements + ", M = " + scaleMax + ".");
        }
    }

    /** S* with Saaty's scale maximum M = 9 and the default word scale. */
    public static Consensus of(List<double[]> priorities) {
        return of(priorities, SaatyScale.MAX, ConsensusScale.DEFAULT);
    }

    /**
     * S* of the given priority vectors (each normalised to sum 1, all of the same length n >= 2).
     *
     * @throws InvalidGroupException if there are no vectors, lengths differ or an entry is not finite and positive
     */
    public static Consensus of(List<double[]> priorities, int scaleMax, ConsensusScale scale) {
        if (priorities == null || priorities.isEmpty()) {
            throw new InvalidGroupException(Text.of("ahp.consensus.none"), -1, "matrices");
        }
        int k = priorities.size();
        int n = priorities.get(0).length;
        double hAlpha = 0;
        double[] mean = new double[n];
        for (int e = 0; e < k; e++) {
            double[] w = priorities.get(e);
            if (w.length != n) {
                throw new InvalidGroupException(Text.of("ahp.consensus.lengthDiffers", e, w.length, n), e,
                        "matrices[" + e + "]");
            }
            for (int j = 0; j < n; j++) {
                if (!(w[j] > 0) || !Double.isFinite(w[j])) {
                    throw new InvalidGroupException(Text.of("ahp.consensus.badPriority", e, j, w[j]), e,
                            "matrices[" + e + "]");
                }
                hAlpha -= w[j] * Math.log(w[j]);
                mean[j] += w[j];
            }
        }
        hAlpha /= k;
        double hGamma = 0;
        for (int j = 0; j < n; j++) {
            mean[j] /= k;
            hGamma -= mean[j] * Math.log(mean[j]);
        }
        double hBeta = hGamma - hAlpha;
        double m = scaleMax;
        double big = m / (n + m - 1);
        double small = 1.0 / (n + m - 1);
        double hAlphaMin = -big * Math.log(big) - (n - 1) * small * Math.log(small);
        double cor = n / Math.exp(hAlphaMin);
        double s = (1 / Math.exp(hBeta) - 1 / cor) / (1 - 1 / cor);
        double clamped = Math.max(0.0, Math.min(1.0, s));
        return new Consensus(clamped, s, scale.label(clamped), hAlpha, hGamma, hBeta, k, n, scaleMax);
    }
}
