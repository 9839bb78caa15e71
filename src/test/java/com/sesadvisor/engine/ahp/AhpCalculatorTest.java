package com.sesadvisor.engine.ahp;

import static com.sesadvisor.engine.ahp.AhpFixtures.goldenCase;
import static com.sesadvisor.engine.ahp.AhpFixtures.matrix;
import static com.sesadvisor.engine.ahp.AhpFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Priorities and consistency against the golden cases in src/test/resources/reference/decision-methods.json. */
class AhpCalculatorTest {

    private static final double PUBLISHED_TOL = 0.0015;
    private static final double COMPUTED_TOL = 1e-6;

    private final AhpCalculator calculator = new AhpCalculator();

    @Test
    void saaty_1990_house_matches_published_and_computed_values() throws IOException {
        JsonNode house = goldenCase("saaty1990_house_criteria");
        AhpResult r = calculator.priorities(PairwiseMatrix.of(matrix(house.path("matrix"))));

        double[] published = vector(house.path("published").path("weights"));
        double[] computed = vector(house.path("computed").path("ev_weights"));
        for (int i = 0; i < published.length; i++) {
            assertEquals(published[i], r.weights()[i], PUBLISHED_TOL, "published weight " + i);
            assertEquals(computed[i], r.weights()[i], COMPUTED_TOL, "computed weight " + i);
        }
        assertEquals(house.path("published").path("lambda_max").asDouble(), r.lambdaMax(), PUBLISHED_TOL);
        assertEquals(house.path("published").path("CI").asDouble(), r.ci(), PUBLISHED_TOL);
        assertEquals(house.path("published").path("CR").asDouble(), r.cr(), PUBLISHED_TOL);
        assertEquals(house.path("computed").path("lambda_max").asDouble(), r.lambdaMax(), COMPUTED_TOL);
        assertEquals(house.path("computed").path("CR_saaty1980").asDouble(), r.cr(), COMPUTED_TOL);
        assertThat(r.randomIndexTable()).isEqualTo(RandomIndexTable.SAATY_1980);
        assertThat(r.solver()).isEqualTo("power method");
    }

    @Test
    void saaty_1990_house_geometric_mean_and_alonso_lamata() throws IOException {
        JsonNode house = goldenCase("saaty1990_house_criteria");
        PairwiseMatrix m = PairwiseMatrix.of(matrix(house.path("matrix")));
        AhpResult rgmm = calculator.priorities(m, PriorityMethod.GEOMETRIC_MEAN, RandomIndexTable.SAATY_1980);
        double[] expected = vector(house.path("computed").path("rgmm_weights"));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], rgmm.weights()[i], COMPUTED_TOL);
        }
        AhpResult alonso = calculator.priorities(m, PriorityMethod.EIGENVECTOR, RandomIndexTable.ALONSO_LAMATA);
        assertEquals(house.path("computed").path("CR_alonso_lamata_linear").asDouble(), alonso.cr(), COMPUTED_TOL);
    }

    @Test
    void textbook_3x3_matches_closed_form() throws IOException {
        JsonNode c = goldenCase("textbook_3x3");
        AhpResult r = calculator.priorities(PairwiseMatrix.of(matrix(c.path("matrix"))));
        double k = 3.0 * 3.0 / 5.0;
        assertEquals(1 + Math.cbrt(k) + 1 / Math.cbrt(k), r.lambdaMax(), 1e-9);
        assertEquals(c.path("computed").path("CR_saaty1980").asDouble(), r.cr(), COMPUTED_TOL);
    }

    /** Common textbook 3x3 (computed values only, no published source asserted in the golden file). */
    @Test
    void textbook_3x3_all_computed_values() throws IOException {
        JsonNode c = goldenCase("textbook_3x3");
        JsonNode computed = c.path("computed");
        PairwiseMatrix m = PairwiseMatrix.of(matrix(c.path("matrix")));
        AhpResult ev = calculator.priorities(m);
        AhpResult gm = calculator.priorities(m, PriorityMethod.GEOMETRIC_MEAN, RandomIndexTable.SAATY_1980);
        AhpResult al = calculator.priorities(m, PriorityMethod.EIGENVECTOR, RandomIndexTable.ALONSO_LAMATA);
        double[] evW = vector(computed.path("ev_weights"));
        double[] gmW = vector(computed.path("rgmm_weights"));
        for (int i = 0; i < 3; i++) {
            assertEquals(evW[i], ev.weights()[i], COMPUTED_TOL);
            assertEquals(gmW[i], gm.weights()[i], COMPUTED_TOL);
        }
        assertEquals(computed.path("lambda_max").asDouble(), ev.lambdaMax(), COMPUTED_TOL);
        assertEquals(computed.path("CI").asDouble(), ev.ci(), COMPUTED_TOL);
        assertEquals(computed.path("CR_alonso_lamata_linear").asDouble(), al.cr(), COMPUTED_TOL);
    }

    /** Saaty (1990) house: the rounded RGMM weights and Alonso-Lamata CR of the diagnostics block. */
    @Test
    void saaty_1990_house_diagnostics_block_rgmm_and_alonso_lamata() throws IOException {
        JsonNode house = goldenCase("saaty1990_house_criteria");
        PairwiseMatrix m = PairwiseMatrix.of(matrix(house.path("matrix")));
        double[] rounded = vector(house.path("diagnostics").path("rgmm_weights"));
        double[] w = calculator.priorities(m, PriorityMethod.GEOMETRIC_MEAN, RandomIndexTable.SAATY_1980).weights();
        for (int i = 0; i < rounded.length; i++) {
            assertEquals(rounded[i], w[i], PUBLISHED_TOL);
        }
        assertEquals(house.path("diagnostics").path("alonso_lamata_CR").asDouble(),
                calculator.priorities(m, PriorityMethod.EIGENVECTOR, RandomIndexTable.ALONSO_LAMATA).cr(), COMPUTED_TOL);
        assertEquals(house.path("computed").path("CI").asDouble(), calculator.priorities(m).ci(), COMPUTED_TOL);
    }

    @Test
    void consistent_matrix_has_zero_cr_and_column_weights() {
        double[] w = {0.5, 0.25, 0.15, 0.10};
        double[][] a = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a[i][j] = w[i] / w[j];
            }
        }
        AhpResult r = calculator.priorities(PairwiseMatrix.of(a));
        assertEquals(0.0, r.cr(), 1e-12);
        for (int i = 0; i < 4; i++) {
            assertEquals(a[i][0] / (a[0][0] + a[1][0] + a[2][0] + a[3][0]), r.weights()[i], 1e-12);
        }
    }

    @Test
    void two_by_two_is_always_consistent() {
        AhpResult r = calculator.priorities(PairwiseMatrix.of(new double[][] {{1, 7}, {1.0 / 7, 1}}));
        assertThat(r.cr()).isZero();
        assertEquals(0.875, r.weights()[0], 1e-12);
    }

    @Test
    void larger_than_ten_switches_to_alonso_lamata() {
        double[][] a = new double[12][12];
        for (double[] row : a) {
            java.util.Arrays.fill(row, 1.0);
        }
        AhpResult r = calculator.priorities(PairwiseMatrix.of(a));
        assertThat(r.randomIndexTable()).isEqualTo(RandomIndexTable.ALONSO_LAMATA);
        assertEquals((1.7699 * 12 - 4.3513) / 11, r.randomIndex(), 1e-12);
    }

    @Test
    void refuses_non_reciprocal_cell_and_names_it() {
        double[][] a = {{1, 3, 5}, {1.0 / 3, 1, 3}, {0.5, 1.0 / 3, 1}};
        assertThatThrownBy(() -> PairwiseMatrix.of(a))
                .isInstanceOf(InvalidMatrixException.class)
                .hasMessageContaining("Cell (2,0)")
                .satisfies(e -> assertThat(((InvalidMatrixException) e).field()).isEqualTo("matrix[2][0]"));
    }

    @Test
    void recognises_a_symmetric_paste_as_transposed() {
        double[][] a = {{1, 3}, {3, 1}};
        assertThatThrownBy(() -> PairwiseMatrix.of(a)).hasMessageContaining("transposed");
    }

    @Test
    void refuses_zero_negative_nonfinite_wrong_size() {
        assertThatThrownBy(() -> PairwiseMatrix.of(new double[][] {{1, 0}, {0, 1}})).hasMessageContaining("Cell (0,1)");
        assertThatThrownBy(() -> PairwiseMatrix.of(new double[][] {{1, Double.NaN}, {1, 1}}))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> PairwiseMatrix.of(new double[][] {{1}})).hasMessageContaining("between 2 and 20");
        assertThatThrownBy(() -> PairwiseMatrix.of(new double[][] {{1, 2}, {0.5}})).hasMessageContaining("Row 1");
        assertThatThrownBy(() -> PairwiseMatrix.of(new double[][] {{2, 2}, {0.5, 1}})).hasMessageContaining("Diagonal");
    }
}
