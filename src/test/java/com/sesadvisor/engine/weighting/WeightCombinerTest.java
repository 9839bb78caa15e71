package com.sesadvisor.engine.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.mcda.DecisionInputException;
import com.sesadvisor.engine.mcda.DimensionMismatchException;
import com.sesadvisor.engine.mcda.InvalidOptionException;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.mcda.NonFiniteValueException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WeightCombinerTest {

    private final double[] s = {0.5, 0.3, 0.2};
    private final double[] o = {0.1, 0.3, 0.6};

    @Test
    void linear_default_is_half_half_and_records_alpha_and_method() {
        CombinedWeights c = WeightCombiner.linear(s, o);
        assertThat(c.weights()).containsExactly(new double[] {0.3, 0.3, 0.4}, within(1e-12));
        assertThat(c.alpha()).isEqualTo(0.5);
        assertThat(c.method()).isEqualTo(CombinationMethod.LINEAR);
    }

    @Test
    void linear_alpha_extremes_return_one_input() {
        assertThat(WeightCombiner.combine(s, o, CombinationMethod.LINEAR, 1).weights())
                .containsExactly(s, within(1e-12));
        assertThat(WeightCombiner.combine(s, o, CombinationMethod.LINEAR, 0).weights())
                .containsExactly(o, within(1e-12));
    }

    @Test
    void multiplicative_normalises_the_products() {
        CombinedWeights c = WeightCombiner.combine(s, o, CombinationMethod.MULTIPLICATIVE, 0.5);
        double z = 0.05 + 0.09 + 0.12;
        assertThat(c.weights()).containsExactly(new double[] {0.05 / z, 0.09 / z, 0.12 / z}, within(1e-12));
        assertThat(c.method()).isEqualTo(CombinationMethod.MULTIPLICATIVE);
    }

    @Test
    void inputs_not_summing_to_one_are_normalised_first_and_results_sum_to_one() {
        CombinedWeights c = WeightCombiner.linear(new double[] {20, 30, 50}, new double[] {1, 1, 2});
        assertThat(c.subjective()).containsExactly(new double[] {0.2, 0.3, 0.5}, within(1e-12));
        assertThat(Arrays.stream(c.weights()).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(Arrays.stream(WeightCombiner.combine(new double[] {20, 30, 50}, new double[] {1, 1, 2},
                CombinationMethod.MULTIPLICATIVE, 0.5).weights()).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void bad_input_names_the_field() {
        assertThatThrownBy(() -> WeightCombiner.linear(s, new double[] {0.5, 0.5}))
                .isInstanceOf(DimensionMismatchException.class).extracting(e -> field(e)).isEqualTo("objective");
        assertThatThrownBy(() -> WeightCombiner.linear(new double[] {0.5, -0.1, 0.6}, o))
                .isInstanceOf(InvalidWeightsException.class).extracting(e -> field(e)).isEqualTo("subjective[1]");
        assertThatThrownBy(() -> WeightCombiner.linear(s, new double[] {0, 0, 0}))
                .isInstanceOf(InvalidWeightsException.class).extracting(e -> field(e)).isEqualTo("objective");
        assertThatThrownBy(() -> WeightCombiner.linear(s, new double[] {0, Double.NaN, 0}))
                .isInstanceOf(NonFiniteValueException.class).extracting(e -> field(e)).isEqualTo("objective[1]");
        assertThatThrownBy(() -> WeightCombiner.combine(s, o, CombinationMethod.LINEAR, 1.5))
                .isInstanceOf(InvalidOptionException.class).extracting(e -> field(e)).isEqualTo("alpha");
        assertThatThrownBy(() -> WeightCombiner.combine(s, o, CombinationMethod.LINEAR, Double.NaN))
                .isInstanceOf(NonFiniteValueException.class).extracting(e -> field(e)).isEqualTo("alpha");
        assertThatThrownBy(() -> WeightCombiner.combine(new double[] {1, 0}, new double[] {0, 1},
                CombinationMethod.MULTIPLICATIVE, 0.5)).isInstanceOf(InvalidWeightsException.class);
        assertThatThrownBy(() -> WeightCombiner.linear(null, o)).isInstanceOf(InvalidWeightsException.class)
                .extracting(e -> field(e)).isEqualTo("subjective");
    }

    private static String field(Throwable e) {
        return ((DecisionInputException) e).field();
    }
}
