package com.sesadvisor.engine.ahp.group;

import java.util.List;

/**
 * Words for a consensus value S* (Goepel 2018): {@code S* <= upperBounds[k]} gets {@code labels[k]}, anything above
 * the last bound gets the last label. Configurable per workshop.
 *
 * @param upperBounds ascending bounds in [0, 1], one fewer than the labels
 * @param labels      words, from the lowest consensus to the highest
 */
public record ConsensusScale(double[] upperBounds, List<String> labels) {

    /** Goepel's scale: <= 50 % very low, <= 62.5 % low, <= 75 % moderate, <= 87.5 % high, else very high. */
    public static final ConsensusScale DEFAULT = new ConsensusScale(new double[] {0.5, 0.625, 0.75, 0.875},
            List.of("very low", "low", "moderate", "high", "very high"));

    public ConsensusScale {
        if (upperBounds == null || labels == null || labels.size() != upperBounds.length + 1) {
            throw new IllegalArgumentException("A consensus scale needs k ascending bounds and k+1 labels.");
        }
        upperBounds = upperBounds.clone();
        for (int k = 0; k < upperBounds.length; k++) {
            if (!(upperBounds[k] >= 0 && upperBounds[k] <= 1) || (k > 0 && upperBounds[k] <= upperBounds[k - 1])) {
                throw new IllegalArgumentException("upperBounds[" + k + "] = " + upperBounds[k]
                        + " must lie in [0, 1] and exceed the previous bound.");
            }
        }
        labels = List.copyOf(labels);
    }

    @Override
    public double[] upperBounds() {
        return upperBounds.clone();
    }

    public String label(double sStar) {
        for (int k = 0; k < upperBounds.length; k++) {
            if (sStar <= upperBounds[k]) {
                return labels.get(k);
            }
        }
        return labels.get(labels.size() - 1);
    }
}
