package com.sesadvisor.engine.ahp.uncertainty;

/**
 * Monte Carlo weight intervals of one matrix.
 *
 * @param weights  priorities of the unperturbed matrix
 * @param mean     mean weight over the trials
 * @param lower    lower quantile of each weight
 * @param upper    upper quantile of each weight
 * @param rankOneFrequency share of trials in which each element ranks first
 * @param settings trials, spread, seed, quantiles and method used
 */
public record WeightUncertainty(
        double[] weights, double[] mean, double[] lower, double[] upper, double[] rankOneFrequency,
        UncertaintySettings settings) {

    public WeightUncertainty {
        if (weights == null || mean == null || lower == null || upper == null || rankOneFrequency == null
                || settings == null) {
            throw new IllegalArgumentException("All parts of a weight uncertainty are required.");
        }
        int n = weights.length;
        if (mean.length != n || lower.length != n || upper.length != n || rankOneFrequency.length != n) {
            throw new IllegalArgumentException("All vectors must have " + n + " entries.");
        }
        for (int i = 0; i < n; i++) {
            if (!(lower[i] <= upper[i]) || !Double.isFinite(mean[i]) || !Double.isFinite(lower[i])
                    || !Double.isFinite(upper[i])) {
                throw new IllegalArgumentException("Interval " + i + " [" + lower[i] + ", " + upper[i] + "] is invalid.");
            }
        }
        weights = weights.clone();
        mean = mean.clone();
        lower = lower.clone();
        upper = upper.clone();
        rankOneFrequency = rankOneFrequency.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public double[] rankOneFrequency() {
        return rankOneFrequency.clone();
    }
}
