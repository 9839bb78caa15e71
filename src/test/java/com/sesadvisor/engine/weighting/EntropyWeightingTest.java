package com.sesadvisor.engine.weighting;

import static com.sesadvisor.engine.testsupport.Golden.COMPUTED_TOL;
import static com.sesadvisor.engine.testsupport.Golden.PUBLISHED_TOL;
import static com.sesadvisor.engine.testsupport.Golden.goldenCase;
import static com.sesadvisor.engine.testsupport.Golden.matrix;
import static com.sesadvisor.engine.testsupport.Golden.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.mcda.DecisionInputException;
import com.sesadvisor.engine.mcda.DimensionMismatchException;
import com.sesadvisor.engine.mcda.NonFiniteValueException;
import com.sesadvisor.engine.mcda.TooFewAlternativesException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EntropyWeightingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"entropy_xu_2004", "entropy_2x2"})
    void golden_cases_match_published_and_computed(String name) {
        JsonNode c = goldenCase(name);
        EntropyWeights r = EntropyWeighting.compute(matrix(c.path("matrix")));
        double[] published = vector(c.path("published").path("weights"));
        double[] computed = vector(c.path("computed").path("weights"));
        double[] e = vector(c.path("computed").path("E"));
        for (int j = 0; j < published.length; j++) {
            assertThat(r.weights()[j]).as(c.path("source").asText() + " published w" + j)
                    .isCloseTo(published[j], within(PUBLISHED_TOL));
            assertThat(r.weights()[j]).as("computed w" + j).isCloseTo(computed[j], within(COMPUTED_TOL));
            assertThat(r.entropy()[j]).as("computed E" + j).isCloseTo(e[j], within(COMPUTED_TOL));
        }
        assertThat(r.minMaxNormalizedColumns()).isEmpty();
    }

    @Test
    void zero_entries_count_as_zero_log_zero() {
        // column 0: one alternative holds everything -> E = 0, all the weight
        EntropyWeights r = EntropyWeighting.compute(new double[][] {{0, 1}, {0, 2}, {5, 3}});
        assertThat(r.entropy()[0]).isCloseTo(0.0, within(1e-15));
        assertThat(r.proportions()[0][0]).isZero();
        assertThat(Arrays.stream(r.weights()).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(Arrays.stream(r.weights()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void negative_column_is_min_max_normalised_first_and_the_result_says_so() {
        double[][] x = {{0.95, 11.5}, {0.18, 6.7}, {-0.71, 9.4}};
        EntropyWeights r = EntropyWeighting.compute(x);
        assertThat(r.minMaxNormalizedColumns()).containsExactly(0);
        assertThat(r.notes()).anyMatch(s -> s.english().contains("min-max"));
        // equals the entropy of the column already min-max normalised by hand
        double lo = -0.71;
        double hi = 0.95;
        double[][] byHand = {{(0.95 - lo) / (hi - lo), 11.5}, {(0.18 - lo) / (hi - lo), 6.7}, {0, 9.4}};
        EntropyWeights h = EntropyWeighting.compute(byHand);
        assertThat(r.entropy()[0]).isCloseTo(h.entropy()[0], within(1e-12));
    }

    @Test
    void constant_column_gets_weight_zero() {
        EntropyWeights r = EntropyWeighting.compute(new double[][] {{0.77, 1, 0}, {0.77, 2, 0}, {0.77, 4, 0}});
        assertThat(r.constantColumns()).containsExactly(0, 2);
        assertThat(r.weights()[0]).isZero();
        assertThat(r.weights()[2]).isZero();
        assertThat(r.weights()[1]).isEqualTo(1.0);
        assertThat(r.entropy()[0]).isEqualTo(1.0);
        assertThat(r.degenerate()).isFalse();
    }

    @Test
    void all_columns_constant_gives_uniform_weights_flagged_degenerate_not_nan() {
        EntropyWeights r = EntropyWeighting.compute(new double[][] {{1, 2}, {1, 2}});
        assertThat(r.degenerate()).isTrue();
        assertThat(r.weights()).containsExactly(0.5, 0.5);
        assertThat(r.notes()).anyMatch(s -> s.english().contains("uniform"));
    }

    @Test
    void weights_sum_to_one_and_lie_in_unit_interval_on_random_matrices() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int m = 2 + rnd.nextInt(6);
            int n = 1 + rnd.nextInt(9);
            double[][] x = new double[m][n];
            for (double[] row : x) {
                for (int j = 0; j < n; j++) {
                    row[j] = rnd.nextDouble(-5, 20);
                }
            }
            EntropyWeights r = EntropyWeighting.compute(x);
            assertThat(Arrays.stream(r.weights()).sum()).isCloseTo(1.0, within(1e-12));
            for (int j = 0; j < n; j++) {
                assertThat(r.weights()[j]).isBetween(0.0, 1.0);
                assertThat(r.entropy()[j]).isBetween(0.0, 1.0 + 1e-12);
            }
        }
    }

    @Test
    void direction_does_not_enter_and_results_are_scale_invariant() {
        double[][] x = {{30, 30}, {19, 54}, {68, 70}};
        double[][] scaled = {{300, 30}, {190, 54}, {680, 70}};
        assertThat(EntropyWeighting.compute(scaled).weights())
                .containsExactly(EntropyWeighting.compute(x).weights(), within(1e-12));
    }

    @Test
    void bad_input_names_the_field() {
        assertThatThrownBy(() -> EntropyWeighting.compute(new double[][] {{1, 2}}))
                .isInstanceOf(TooFewAlternativesException.class)
                .extracting(e -> ((DecisionInputException) e).field()).isEqualTo("matrix");
        assertThatThrownBy(() -> EntropyWeighting.compute(null)).isInstanceOf(TooFewAlternativesException.class);
        assertThatThrownBy(() -> EntropyWeighting.compute(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(DimensionMismatchException.class)
                .extracting(e -> ((DecisionInputException) e).field()).isEqualTo("matrix[1]");
        assertThatThrownBy(() -> EntropyWeighting.compute(new double[][] {{1, 2}, {3, Double.NaN}}))
                .isInstanceOf(NonFiniteValueException.class)
                .extracting(e -> ((DecisionInputException) e).field()).isEqualTo("matrix[1][1]");
        assertThatThrownBy(() -> EntropyWeighting.compute(new double[][] {{1, 2}, {3, Double.POSITIVE_INFINITY}}))
                .isInstanceOf(NonFiniteValueException.class);
    }
}
