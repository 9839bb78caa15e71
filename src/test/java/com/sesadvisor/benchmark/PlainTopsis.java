package com.sesadvisor.benchmark;

import com.sesadvisor.engine.mcda.Direction;
import java.util.List;

/**
 * The textbook TOPSIS (vector normalisation, weighted, Euclidean distances), no validation, no explanation:
 * the baseline our engine's {@code Topsis.evaluate} is compared with in {@link RankingBenchmark}.
 * {@code PlainTopsisBaselineTest} checks it gives the engine's closeness, so the comparison is like for like.
 */
public final class PlainTopsis {

    private PlainTopsis() {
    }

    /** Closeness C_i = S-_i / (S+_i + S-_i) per row. */
    public static double[] closeness(double[][] x, double[] w, List<Direction> directions) {
        int m = x.length;
        int n = w.length;
        double[] norm = new double[n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                norm[j] += row[j] * row[j];
            }
        }
        double[] best = new double[n];
        double[] worst = new double[n];
        double[][] v = new double[m][n];
        for (int j = 0; j < n; j++) {
            double d = Math.sqrt(norm[j]);
            boolean benefit = directions.get(j) == Direction.BENEFIT;
            best[j] = benefit ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            worst[j] = -best[j];
            for (int i = 0; i < m; i++) {
                v[i][j] = d == 0 ? 0 : w[j] * x[i][j] / d;
                best[j] = benefit ? Math.max(best[j], v[i][j]) : Math.min(best[j], v[i][j]);
                worst[j] = benefit ? Math.min(worst[j], v[i][j]) : Math.max(worst[j], v[i][j]);
            }
        }
        double[] c = new double[m];
        for (int i = 0; i < m; i++) {
            double sPlus = 0;
            double sMinus = 0;
            for (int j = 0; j < n; j++) {
                sPlus += (v[i][j] - best[j]) * (v[i][j] - best[j]);
                sMinus += (v[i][j] - worst[j]) * (v[i][j] - worst[j]);
            }
            sPlus = Math.sqrt(sPlus);
            sMinus = Math.sqrt(sMinus);
            c[i] = sPlus + sMinus == 0 ? 0.5 : sMinus / (sPlus + sMinus);
        }
        return c;
    }
}
