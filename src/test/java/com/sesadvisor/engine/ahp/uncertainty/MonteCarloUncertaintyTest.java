package com.sesadvisor.engine.ahp.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sesadvisor.engine.ahp.AhpFixtures;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import org.junit.jupiter.api.Test;

/** Judgement uncertainty as AHP-OS computes it (Goepel, bpmsg.com, "Weight Uncertainties in AHP-OS", June 2017). */
class MonteCarloUncertaintyTest {

    private final MonteCarloUncertainty monteCarlo = new MonteCarloUncertainty();

    private static PairwiseMatrix house() throws Exception {
        return AhpFixtures.houseCriteria();
    }

    @Test
    void same_seed_same_intervals_other_seed_other_intervals() throws Exception {
        WeightUncertainty a = monteCarlo.simulate(house(), UncertaintySettings.DEFAULT.withSeed(2024));
        WeightUncertainty b = monteCarlo.simulate(house(), UncertaintySettings.DEFAULT.withSeed(2024));
        WeightUncertainty c = monteCarlo.simulate(house(), UncertaintySettings.DEFAULT.withSeed(2025));
        assertThat(a.lower()).containsExactly(b.lower());
        assertThat(a.upper()).containsExactly(b.upper());
        assertThat(a.mean()).containsExactly(b.mean());
        assertThat(a.lower()).isNotEqualTo(c.lower());
    }

    @Test
    void intervals_bracket_the_weights_and_rank_one_frequencies_sum_to_one() throws Exception {
        WeightUncertainty u = monteCarlo.simulate(house());
        double total = 0;
        for (int i = 0; i < u.weights().length; i++) {
            assertThat(u.lower()[i]).isLessThan(u.weights()[i]);
            assertThat(u.upper()[i]).isGreaterThan(u.weights()[i]);
            assertThat(u.upper()[i] - u.lower()[i]).isLessThan(0.1);
            total += u.rankOneFrequency()[i];
        }
        assertEquals(1.0, total, 1e-12);
        assertThat(u.rankOneFrequency()[7]).isGreaterThan(0.9); // financing stays first
        assertThat(u.settings().trials()).isEqualTo(1000);
    }

    @Test
    void zero_spread_collapses_the_intervals() throws Exception {
        UncertaintySettings none = new UncertaintySettings(20, 0.0, 1, 0.05, 0.95, PriorityMethod.GEOMETRIC_MEAN);
        WeightUncertainty u = monteCarlo.simulate(house(), none);
        for (int i = 0; i < 8; i++) {
            assertEquals(u.weights()[i], u.lower()[i], 1e-12);
            assertEquals(u.weights()[i], u.upper()[i], 1e-12);
        }
    }

    @Test
    void group_spread_is_reduced_by_sqrt_k_and_settings_are_validated() {
        assertEquals(0.25, UncertaintySettings.DEFAULT.forGroupOf(4).spread(), 1e-15);
        assertThatThrownBy(() -> new UncertaintySettings(5, 0.5, 1, 0.05, 0.95, PriorityMethod.EIGENVECTOR))
                .hasMessageContaining("trials");
        assertThatThrownBy(() -> new UncertaintySettings(100, 0.5, 1, 0.95, 0.05, PriorityMethod.EIGENVECTOR))
                .hasMessageContaining("Quantiles");
        assertEquals(2.5, MonteCarloUncertainty.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-15);
    }
}
