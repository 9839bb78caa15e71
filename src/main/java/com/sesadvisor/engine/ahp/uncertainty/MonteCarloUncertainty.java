package com.sesadvisor.engine.ahp.uncertainty;

import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.engine.ahp.SaatyScale;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Judgement uncertainty as in AHP-OS (Goepel, bpmsg.com, June 2017): every judgement of the upper triangle is moved
 * on the signed scale position ({@link SaatyScale#toPosition(double)}) by a uniform random amount in
 * [-δ, +δ] (δ = 0.5 by default), capped to the scale, mapped back, and its reciprocal set below the diagonal; the
 * priorities of each perturbed matrix are collected and their quantiles reported. Seedable and reproducible.
 * Stateless and thread-safe.
 */
public final class MonteCarloUncertainty {

    public WeightUncertainty simulate(PairwiseMatrix matrix) {
        return simulate(matrix, UncertaintySettings.DEFAULT);
    }

    public WeightUncertainty simulate(PairwiseMatrix matrix, UncertaintySettings settings) {
        if (matrix == null || settings == null) {
            throw new IllegalArgumentException("A matrix and settings are required.");
        }
        double[][] base = matrix.toArray();
        int n = base.length;
        double[] basePosition = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                basePosition[i * n + j] = SaatyScale.toPosition(base[i][j]);
            }
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        int trials = settings.trials();
        double[][] samples = new double[n][trials];
        double[] sum = new double[n];
        int[] firsts = new int[n];
        double[][] a = matrix.toArray();
        double delta = settings.spread();
        for (int t = 0; t < trials; t++) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double pos = basePosition[i * n + j] + (delta == 0 ? 0 : random.nextDouble(-delta, delta));
                    double v = SaatyScale.fromPosition(pos);
                    a[i][j] = v;
                    a[j][i] = 1.0 / v;
                }
            }
            double[] w = AhpCalculator.priorityVector(a, settings.method());
            int best = 0;
            for (int i = 0; i < n; i++) {
                samples[i][t] = w[i];
                sum[i] += w[i];
                if (w[i] > w[best]) {
                    best = i;
                }
            }
            firsts[best]++;
        }
        double[] mean = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] first = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = sum[i] / trials;
            Arrays.sort(samples[i]);
            lower[i] = quantile(samples[i], settings.lowerQuantile());
            upper[i] = quantile(samples[i], settings.upperQuantile());
            first[i] = (double) firsts[i] / trials;
        }
        double[] weights = new AhpCalculator().priorities(matrix, settings.method(), RandomIndexTable.SAATY_1980)
                .weights();
        return new WeightUncertainty(weights, mean, lower, upper, first, settings);
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
