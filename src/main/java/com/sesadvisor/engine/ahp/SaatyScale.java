package com.sesadvisor.engine.ahp;

/**
 * Saaty's fundamental 1-9 scale and its reciprocals (Saaty 1977, 1980).
 *
 * <p>A judgement {@code a} is placed on a signed, continuous "scale position" {@code t} in [-8, 8]:
 * {@code t = a - 1} for {@code a >= 1} and {@code t = 1 - 1/a} for {@code a < 1}. Position 0 is "equal", +8 is "9x
 * preferred", -8 is "9x less preferred". This is the axis on which AHP-OS perturbs judgements (Goepel) and on which
 * a "one step" change of a judgement is measured.
 */
public final class SaatyScale {

    /** Largest value on the scale, M = 9. */
    public static final int MAX = 9;

    private SaatyScale() {
    }

    /**
     * The scale value (1/9, 1/8, ..., 1/2, 1, 2, ..., 9) nearest to a positive ratio, measured on the logarithm of
     * the ratio (so that v and 1/v are treated symmetrically); ratios beyond 9 (or below 1/9) are capped.
     */
    public static double nearest(double ratio) {
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("A ratio must be finite and strictly positive, not " + ratio + ".");
        }
        boolean inverse = ratio < 1.0;
        double r = inverse ? 1.0 / ratio : ratio;
        if (r >= MAX) {
            return inverse ? 1.0 / MAX : MAX;
        }
        int lower = (int) Math.floor(r);
        int upper = lower + 1;
        // choose by log distance: the boundary between k and k+1 is sqrt(k(k+1))
        int best = r * r < (double) lower * upper ? lower : upper;
        return inverse ? 1.0 / best : best;
    }

    /** Signed scale position t in [-8, 8] of a judgement, see the class comment (values beyond the scale are not capped). */
    public static double toPosition(double judgement) {
        return judgement >= 1.0 ? judgement - 1.0 : 1.0 - 1.0 / judgement;
    }

    /** Inverse of {@link #toPosition(double)}, after capping t to [-(M-1), M-1]. */
    public static double fromPosition(double position) {
        double t = Math.max(-(MAX - 1), Math.min(MAX - 1, position));
        return t >= 0 ? 1.0 + t : 1.0 / (1.0 - t);
    }
}
