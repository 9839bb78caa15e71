package com.sesadvisor.engine.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Properties that hold for any input, checked on seeded random matrices. */
class AhpPropertiesTest {

    private final AhpCalculator calculator = new AhpCalculator();

    static double[][] consistent(double[] w) {
        int n = w.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        return a;
    }

    @RepeatedTest(25)
    void consistent_matrix_has_zero_cr_and_first_column_weights(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
        int n = random.nextInt(2, 16);
        double[] w = random.doubles(n, 0.05, 1).toArray();
        double[][] a = consistent(w);
        double column = 0;
        for (int i = 0; i < n; i++) {
            column += a[i][0];
        }
        for (PriorityMethod method : PriorityMethod.values()) {
            AhpResult r = calculator.priorities(PairwiseMatrix.of(a), method, RandomIndexTable.SAATY_1980);
            assertEquals(0.0, r.cr(), 1e-9, method + " n=" + n);
            assertEquals(n, r.lambdaMax(), 1e-9);
            for (int i = 0; i < n; i++) {
                assertEquals(a[i][0] / column, r.weights()[i], 1e-9);
            }
        }
    }

    /** Permuting the elements permutes the priorities and leaves λmax and CR unchanged (EV and RGMM). */
    @RepeatedTest(10)
    void relabelling_elements_permutes_the_priorities(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(100 + info.getCurrentRepetition());
        int n = random.nextInt(3, 11);
        PairwiseMatrix m = AhpFixtures.randomMatrix(n, random);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates
            int k = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        double[][] permuted = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                permuted[i][j] = m.get(p[i], p[j]);
            }
        }
        for (PriorityMethod method : PriorityMethod.values()) {
            AhpResult r = calculator.priorities(m, method, RandomIndexTable.SAATY_1980);
            AhpResult q = calculator.priorities(PairwiseMatrix.of(permuted), method, RandomIndexTable.SAATY_1980);
            for (int i = 0; i < n; i++) {
                assertEquals(r.weights()[p[i]], q.weights()[i], 1e-9);
            }
            assertEquals(r.cr(), q.cr(), 1e-9);
        }
    }

    /**
     * Power (scale) invariance: judgements on a power-transformed scale {@code a_ij^p} give RGMM priorities
     * {@code w_i^p / Σ w^p} exactly; for a consistent matrix the eigenvector does the same.
     */
    @RepeatedTest(10)
    void power_transformed_judgements_give_powered_priorities(RepetitionInfo info) {
        SplittableRandom random = new SplittableRandom(200 + info.getCurrentRepetition());
        int n = random.nextInt(3, 10);
        double p = random.nextDouble(0.3, 2.0);
        PairwiseMatrix m = AhpFixtures.randomMatrix(n, random);
        double[][] powered = m.toArray();
        for (double[] row : powered) {
            for (int j = 0; j < n; j++) {
                row[j] = Math.pow(row[j], p);
            }
        }
        double[] w = calculator.priorities(m, PriorityMethod.GEOMETRIC_MEAN, RandomIndexTable.SAATY_1980).weights();
        double[] wp = calculator.priorities(PairwiseMatrix.of(powered), PriorityMethod.GEOMETRIC_MEAN,
                RandomIndexTable.SAATY_1980).weights();
        double sum = 0;
        for (double v : w) {
            sum += Math.pow(v, p);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(Math.pow(w[i], p) / sum, wp[i], 1e-12);
        }
        double[] cw = random.doubles(n, 0.1, 1).toArray();
        double[][] c = consistent(cw);
        double[][] cp = consistent(java.util.Arrays.stream(cw).map(v -> Math.pow(v, p)).toArray());
        double[] ev = calculator.priorities(PairwiseMatrix.of(cp)).weights();
        double[] evBase = calculator.priorities(PairwiseMatrix.of(c)).weights();
        double s = 0;
        for (double v : evBase) {
            s += Math.pow(v, p);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(Math.pow(evBase[i], p) / s, ev[i], 1e-9);
        }
    }

    @Test
    void rgmm_equals_ev_for_three_by_three() {
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < 50; t++) {
            PairwiseMatrix m = AhpFixtures.randomMatrix(3, random);
            double[] ev = calculator.priorities(m).weights();
            double[] gm = calculator.priorities(m, PriorityMethod.GEOMETRIC_MEAN, RandomIndexTable.SAATY_1980).weights();
            for (int i = 0; i < 3; i++) {
                assertEquals(ev[i], gm[i], 1e-9);
            }
        }
    }

    @Test
    void harker_on_a_complete_random_matrix_equals_ev() {
        SplittableRandom random = new SplittableRandom(11);
        for (int t = 0; t < 20; t++) {
            PairwiseMatrix m = AhpFixtures.randomMatrix(3 + t % 10, random);
            double[] ev = calculator.priorities(m).weights();
            double[] h = HarkerCompletion.complete(IncompletePairwiseMatrix.from(m)).weights();
            for (int i = 0; i < ev.length; i++) {
                assertEquals(ev[i], h[i], 1e-9);
            }
        }
    }

    @Test
    void results_record_method_table_and_tolerances() {
        AhpResult r = calculator.priorities(PairwiseMatrix.of(new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3},
                {0.2, 1.0 / 3, 1}}), PriorityMethod.EIGENVECTOR, RandomIndexTable.PAPER_2025);
        assertThat(r.randomIndexTable()).isEqualTo(RandomIndexTable.PAPER_2025);
        assertThat(r.method()).isEqualTo(PriorityMethod.EIGENVECTOR);
        assertThat(r.convergenceTolerance()).isEqualTo(1e-12);
        assertThat(r.reciprocityTolerance()).isEqualTo(PairwiseMatrix.RECIPROCITY_TOLERANCE);
        assertThat(r.iterations()).isPositive();
        assertThatThrownBy(() -> new AhpResult(new double[] {0.5, Double.NaN}, 2, 0, 0, 0,
                RandomIndexTable.SAATY_1980, PriorityMethod.EIGENVECTOR, 0, "x"))
                .hasMessageContaining("weights[1] = NaN");
    }

    @Test
    void api_example_with_four_decimal_reciprocal_is_accepted() {
        // the REST contract sends 0.3333 for 1/3: accepted because reciprocity is checked at 1e-3 relative
        PairwiseMatrix.of(new double[][] {{1, 3}, {0.3333, 1}});
        assertThatThrownBy(() -> PairwiseMatrix.of(new double[][] {{1, 3}, {0.33, 1}})).hasMessageContaining("Cell (1,0)");
    }
}
