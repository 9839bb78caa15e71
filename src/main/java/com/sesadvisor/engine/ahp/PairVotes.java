package com.sesadvisor.engine.ahp;

/**
 * What a room's votes on one pair say: how many votes fell on each of the 17 scale steps, the group's weighted
 * geometric mean (the AIJ value of this judgement) and its spread, the weighted geometric standard deviation
 * {@code exp(sqrt(Σ λ_k (ln a_k - ln a_G)^2))} (1 when everyone agrees; the same measure {@link GroupAhp} reports
 * per judgement).
 *
 * @param distribution votes per scale position, index 0 = 9 (first element extremely more important), 8 = equal,
 *                     16 = 1/9
 * @param geometricMean weighted geometric mean of the votes
 * @param spread        weighted geometric standard deviation, >= 1
 * @param votes         how many votes
 */
public record PairVotes(int[] distribution, double geometricMean, double spread, int votes) {

    public static final int STEPS = 2 * SaatyScale.MAX - 1;

    public PairVotes {
        distribution = distribution.clone();
    }

    @Override
    public int[] distribution() {
        return distribution.clone();
    }

    /** Index in {@link #distribution()} of a scale value (9 → 0, 1 → 8, 1/9 → 16). */
    public static int step(double value) {
        double v = SaatyScale.nearest(value);
        return v >= 1 ? SaatyScale.MAX - (int) Math.round(v) : SaatyScale.MAX - 2 + (int) Math.round(1 / v);
    }

    /**
     * Summarises votes on the Saaty scale with weights (e.g. expertise); the weights need not sum to 1.
     *
     * @throws IllegalArgumentException without votes, with a non-positive vote or weight, or lengths that differ
     */
    public static PairVotes of(double[] values, double[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("Needs at least one vote and one weight per vote.");
        }
        double total = 0;
        for (int k = 0; k < values.length; k++) {
            if (!(values[k] > 0) || !(weights[k] > 0) || !Double.isFinite(values[k]) || !Double.isFinite(weights[k])) {
                throw new IllegalArgumentException("Votes and weights must be finite and positive.");
            }
            total += weights[k];
        }
        int[] counts = new int[STEPS];
        double logMean = 0;
        for (int k = 0; k < values.length; k++) {
            counts[step(values[k])]++;
            logMean += weights[k] / total * Math.log(values[k]);
        }
        double var = 0;
        for (int k = 0; k < values.length; k++) {
            double d = Math.log(values[k]) - logMean;
            var += weights[k] / total * d * d;
        }
        return new PairVotes(counts, Math.exp(logMean), Math.exp(Math.sqrt(var)), values.length);
    }
}
