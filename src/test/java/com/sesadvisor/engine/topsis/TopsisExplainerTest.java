package com.sesadvisor.engine.topsis;

import static com.sesadvisor.engine.testsupport.Golden.goldenCase;
import static com.sesadvisor.engine.testsupport.Golden.matrix;
import static com.sesadvisor.engine.testsupport.Golden.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidOptionException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopsisExplainerTest {

    private final TopsisResult aircraft;

    TopsisExplainerTest() {
        JsonNode c = goldenCase("topsis_hwang_yoon_1981_aircraft");
        aircraft = Topsis.evaluate(matrix(c.path("matrix")), vector(c.path("weights")),
                TopsisTest.directions(c.path("benefit")));
    }

    @Test
    void contributions_add_up_to_the_squared_distances() {
        Contributions k = TopsisExplainer.contributions(aircraft);
        for (int i = 0; i < aircraft.alternatives(); i++) {
            double sp = Arrays.stream(k.toIdeal()[i]).sum();
            double sm = Arrays.stream(k.toAntiIdeal()[i]).sum();
            assertThat(Math.sqrt(sp)).isCloseTo(aircraft.distanceToIdeal()[i], within(1e-12));
            assertThat(Math.sqrt(sm)).isCloseTo(aircraft.distanceToAntiIdeal()[i], within(1e-12));
            assertThat(Arrays.stream(k.shareOfDistanceToIdeal()[i]).sum()).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void top_versus_second_lists_direction_aware_gaps_largest_first() {
        TopsisPairExplanation p = TopsisExplainer.topVersusSecond(aircraft);
        assertThat(p.first()).isEqualTo(0);
        assertThat(p.second()).isEqualTo(2);
        assertThat(p.closenessGap()).isPositive();
        // aircraft 1 has the best maintainability (criterion 5, weight 0.3): its largest advantage over aircraft 3
        assertThat(p.advantages().get(0).criterion()).isEqualTo(5);
        for (int k = 1; k < p.advantages().size(); k++) {
            assertThat(p.advantages().get(k).weightedGap()).isLessThanOrEqualTo(
                    p.advantages().get(k - 1).weightedGap());
        }
        assertThat(p.disadvantages()).allMatch(g -> g.weightedGap() < 0);
        // cost criterion 3 (cost 5.5 vs 4.5): aircraft 3 is cheaper, so it is a disadvantage of aircraft 1
        assertThat(p.disadvantages()).anyMatch(g -> g.criterion() == 3);
    }

    @Test
    void value_change_found_makes_the_challenger_first_and_just_short_of_it_does_not() {
        List<ValueChange> changes = TopsisExplainer.valueChangesToWin(aircraft, 2);
        assertThat(changes).hasSize(6).anyMatch(ValueChange::feasible);
        for (ValueChange v : changes) {
            if (!v.feasible()) {
                continue;
            }
            double[][] x = aircraft.matrix();
            x[2][v.criterion()] = v.requiredValue();
            assertThat(Topsis.evaluate(x, aircraft.weights(), aircraft.directions()).top()).isEqualTo(2);
            double back = v.requiredValue() + (v.currentValue() - v.requiredValue()) * 1e-3;
            x[2][v.criterion()] = back;
            assertThat(Topsis.evaluate(x, aircraft.weights(), aircraft.directions()).top()).isNotEqualTo(2);
        }
        // cost criterion: the required value is lower than the current one
        ValueChange cost = changes.get(3);
        if (cost.feasible()) {
            assertThat(cost.requiredValue()).isLessThan(cost.currentValue());
        }
    }

    @Test
    void weight_stability_interval_contains_the_weight_and_its_bounds_switch_the_leader() {
        List<StabilityInterval> st = TopsisExplainer.weightStability(aircraft);
        assertThat(st).hasSize(6);
        double[] s = TopsisExplainer.normalisedWeights(aircraft.weights());
        for (StabilityInterval iv : st) {
            assertThat(iv.weight()).isBetween(iv.lower(), iv.upper());
            if (iv.leaderAbove() != null) {
                double[] w = new double[6];
                TopsisExplainer.rescale(s, iv.criterion(), Math.min(1, iv.upper() + 1e-6), w);
                assertThat(Topsis.evaluate(aircraft.matrix(), w, aircraft.directions()).top())
                        .isEqualTo(iv.leaderAbove());
                TopsisExplainer.rescale(s, iv.criterion(), iv.upper() - 1e-6, w);
                assertThat(Topsis.evaluate(aircraft.matrix(), w, aircraft.directions()).top()).isEqualTo(0);
            } else {
                assertThat(iv.upper()).isEqualTo(1.0);
            }
            if (iv.leaderBelow() == null) {
                assertThat(iv.lower()).isEqualTo(0.0);
            }
        }
        // aircraft 1 vs 3 is close (0.643 vs 0.614): some criterion must be able to reverse it
        assertThat(st).anyMatch(StabilityInterval::reversible);
    }

    @Test
    void monte_carlo_is_reproducible_with_a_seed_and_frequencies_are_consistent() {
        MonteCarloStability a = TopsisExplainer.monteCarlo(aircraft, 1000, 0.2, 7L);
        MonteCarloStability b = TopsisExplainer.monteCarlo(aircraft, 1000, 0.2, 7L);
        MonteCarloStability c = TopsisExplainer.monteCarlo(aircraft, 1000, 0.2, 8L);
        assertThat(a.rankFrequency()).isDeepEqualTo(b.rankFrequency());
        assertThat(a.topStaysFirst()).isEqualTo(b.topStaysFirst());
        assertThat(c.rankFrequency()).isNotEqualTo(a.rankFrequency());
        for (int i = 0; i < 4; i++) {
            assertThat(Arrays.stream(a.rankFrequency()[i]).sum()).isCloseTo(1.0, within(1e-12));
        }
        assertThat(Arrays.stream(a.firstPlaceFrequency()).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(a.topStaysFirst()).isEqualTo(a.firstPlaceFrequency()[0]);
        // zero spread: every draw is the given weights
        assertThat(TopsisExplainer.monteCarlo(aircraft, 10, 0.0, 1L).topStaysFirst()).isEqualTo(1.0);
    }

    @Test
    void monte_carlo_rejects_bad_options() {
        assertThatThrownBy(() -> TopsisExplainer.monteCarlo(aircraft, 0, 0.2, 1L))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("monteCarloDraws");
        assertThatThrownBy(() -> TopsisExplainer.monteCarlo(aircraft, 10, 1.0, 1L))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("monteCarloSpread");
        assertThatThrownBy(() -> TopsisExplainer.compare(aircraft, 0, 9))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("second");
    }

    @Test
    void leave_one_out_detects_a_reversal_and_reports_none_when_stable() {
        // classic rank-reversal example: removing an irrelevant alternative changes the normalisation
        double[][] x = {{1, 10}, {2, 6}, {3, 1}, {10, 0.5}};
        List<Direction> d = List.of(Direction.BENEFIT, Direction.BENEFIT);
        TopsisResult r = Topsis.evaluate(x, new double[] {0.5, 0.5}, d, Normalization.MIN_MAX);
        List<RankReversalCheck> checks = TopsisExplainer.leaveOneOut(r);
        assertThat(checks).hasSize(4);
        for (RankReversalCheck c : checks) {
            assertThat(c.ranksWithout()[c.removed()]).isZero();
        }
        assertThat(checks).anyMatch(RankReversalCheck::reversal);
        // dominance chain: no reversal possible
        double[][] chain = {{3, 3}, {2, 2}, {1, 1}};
        assertThat(TopsisExplainer.leaveOneOut(Topsis.evaluate(chain, new double[] {1, 1}, d)))
                .noneMatch(RankReversalCheck::reversal);
        // two alternatives: not applicable
        assertThat(TopsisExplainer.leaveOneOut(Topsis.evaluate(new double[][] {{1, 2}, {2, 1}},
                new double[] {1, 1}, d))).isEmpty();
    }
}
