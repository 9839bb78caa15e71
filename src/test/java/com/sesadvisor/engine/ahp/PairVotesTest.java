package com.sesadvisor.engine.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairVotesTest {

    @Test
    void geometric_mean_and_spread_of_weighted_votes_match_a_hand_computation() {
        // votes 1, 3, 9 with weights 1, 1, 2: ln values 0, ln3, 2 ln3; mean = (0 + ln3 + 4 ln3)/4 = 1.25 ln3
        PairVotes v = PairVotes.of(new double[] {1, 3, 9}, new double[] {1, 1, 2});
        double ln3 = Math.log(3);
        assertThat(v.geometricMean()).isCloseTo(Math.exp(1.25 * ln3), within(1e-12));
        // variance = (1.25^2 + 0.25^2 + 2 * 0.75^2) ln3^2 / 4 = (1.5625 + 0.0625 + 1.125)/4 ln3^2 = 0.6875 ln3^2
        assertThat(v.spread()).isCloseTo(Math.exp(Math.sqrt(0.6875) * ln3), within(1e-12));
        assertThat(v.votes()).isEqualTo(3);
        assertThat(v.distribution()[0]).isEqualTo(1); // 9
        assertThat(v.distribution()[6]).isEqualTo(1); // 3
        assertThat(v.distribution()[8]).isEqualTo(1); // 1
    }

    @Test
    void agreement_has_spread_one_and_steps_run_from_nine_left_to_nine_right() {
        PairVotes v = PairVotes.of(new double[] {0.25, 0.25}, new double[] {1, 3});
        assertThat(v.geometricMean()).isCloseTo(0.25, within(1e-12));
        assertThat(v.spread()).isCloseTo(1.0, within(1e-12));
        assertThat(PairVotes.step(9)).isZero();
        assertThat(PairVotes.step(1)).isEqualTo(8);
        assertThat(PairVotes.step(0.5)).isEqualTo(9);
        assertThat(PairVotes.step(1.0 / 9)).isEqualTo(16);
    }

    @Test
    void no_votes_or_a_non_positive_vote_is_refused() {
        assertThatThrownBy(() -> PairVotes.of(new double[0], new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairVotes.of(new double[] {0}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
