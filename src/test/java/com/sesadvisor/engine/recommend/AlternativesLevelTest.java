package com.sesadvisor.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.mcda.NonFiniteValueException;
import com.sesadvisor.engine.topsis.Topsis;
import com.sesadvisor.engine.topsis.TopsisResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AHP's alternatives level for an indicator the finance model cannot measure, and TOPSIS over all indicators. */
class AlternativesLevelTest {

    /** CSSES 2x TISES, CSSES 4x DSSES, TISES 2x DSSES: perfectly consistent, so w = (4, 2, 1) / 7 and CR = 0. */
    private static final PairwiseMatrix CONSISTENT = PairwiseMatrix.of(new double[][] {
            {1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});

    @Test
    void a_consistent_comparison_of_the_models_gives_the_hand_computed_priorities_and_cr_zero() {
        AhpResult r = AlternativesLevel.priorities(CONSISTENT);
        assertThat(r.weights()).containsExactly(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(3.0, within(1e-9));
        assertThat(r.cr()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void a_slightly_inconsistent_comparison_has_its_own_cr() {
        // a13 = 5 instead of a12 * a23 = 4; lambda_max 3.0055351, CI 0.0027676, CR = CI / 0.58 = 0.0047716
        // (eigenvector and lambda_max cross-checked with numpy.linalg.eig)
        AhpResult r = AlternativesLevel.priorities(PairwiseMatrix.of(new double[][] {
                {1, 2, 5}, {0.5, 1, 2}, {0.2, 0.5, 1}}));
        assertThat(r.weights()).containsExactly(new double[] {0.59537902, 0.27635046, 0.12827052}, within(1e-6));
        assertThat(r.lambdaMax()).isCloseTo(3.0055351, within(1e-6));
        assertThat(r.cr()).isCloseTo(0.0047716, within(1e-6));
    }

    @Test
    void only_the_three_models_are_compared() {
        PairwiseMatrix two = PairwiseMatrix.of(new double[][] {{1, 2}, {0.5, 1}});
        assertThatThrownBy(() -> AlternativesLevel.priorities(two)).isInstanceOf(InvalidWeightsException.class);
    }

    /**
     * Two indicators: NPV from the finance model (1, 2, 3: DSSES best) with weight 0.4, and local employment from
     * the committee's comparison (4/7, 2/7, 1/7: CSSES best) with weight 0.6. By hand, vector normalisation:
     * NPV / sqrt(14) x 0.4 = (0.106904, 0.213809, 0.320713); jobs / sqrt(21/49) x 0.6 = (0.523723, 0.261861,
     * 0.130931); ideal (0.320713, 0.523723), anti-ideal (0.106904, 0.130931); CSSES d+ 0.213809, d- 0.392792,
     * C 0.647530; TISES d+ 0.282843, d- 0.169031, C 0.374067; DSSES d+ 0.392792, d- 0.213809, C 0.352470.
     * Leaving the committee's indicator out (NPV alone) would put DSSES first.
     */
    @Test
    void topsis_with_every_indicator_uses_the_committee_s_column_and_reverses_the_finance_only_order() {
        Criterion jobs = AlternativesLevel.criterion("LOCAL_EMPLOYMENT", "Local employment", "", "committee");
        SuppliedIndicator column = AlternativesLevel.fromPriorities(jobs,
                AlternativesLevel.priorities(CONSISTENT).weights());
        assertThat(column.source()).isEqualTo(IndicatorSource.COMMITTEE_PAIRWISE);
        assertThat(column.criterion().direction()).isEqualTo(Direction.BENEFIT);
        double[][] x = new double[3][2];
        double[] npv = {1, 2, 3};
        for (int i = 0; i < 3; i++) {
            x[i][0] = npv[i];
            x[i][1] = column.value(AlternativesLevel.MODELS.get(i));
        }
        TopsisResult all = Topsis.evaluate(x, new double[] {0.4, 0.6}, List.of(Direction.BENEFIT, Direction.BENEFIT));
        assertThat(all.closeness(0)).isCloseTo(0.647530, within(1e-6));
        assertThat(all.closeness(1)).isCloseTo(0.374067, within(1e-6));
        assertThat(all.closeness(2)).isCloseTo(0.352470, within(1e-6));
        assertThat(all.top()).isZero();

        TopsisResult financeOnly = Topsis.evaluate(new double[][] {{1}, {2}, {3}}, new double[] {1},
                List.of(Direction.BENEFIT));
        assertThat(financeOnly.top()).isEqualTo(2);
    }

    @Test
    void ratings_must_lie_on_the_stated_scale_for_every_model() {
        Criterion c = AlternativesLevel.criterion("SAFETY", "Safety", "", "committee");
        SuppliedIndicator ok = AlternativesLevel.fromRatings(c, Map.of(InvestmentModel.CSSES, 7.0,
                InvestmentModel.TISES, 5.0, InvestmentModel.DSSES, 3.0));
        assertThat(ok.source()).isEqualTo(IndicatorSource.COMMITTEE_RATING);
        assertThat(ok.value(InvestmentModel.TISES)).isEqualTo(5.0);
        assertThatThrownBy(() -> AlternativesLevel.fromRatings(c, Map.of(InvestmentModel.CSSES, 7.0,
                InvestmentModel.TISES, 10.0, InvestmentModel.DSSES, 3.0)))
                .isInstanceOfSatisfying(NonFiniteValueException.class,
                        e -> assertThat(e.field()).isEqualTo("ratings.TISES"));
        assertThatThrownBy(() -> AlternativesLevel.fromRatings(c, Map.of(InvestmentModel.CSSES, 7.0)))
                .isInstanceOf(NonFiniteValueException.class);
    }

    @Test
    void an_excluded_or_finance_indicator_is_never_a_supplied_column() {
        Criterion c = AlternativesLevel.criterion("X", "X", "", "");
        Map<InvestmentModel, Double> v = Map.of(InvestmentModel.CSSES, 1.0, InvestmentModel.TISES, 1.0,
                InvestmentModel.DSSES, 1.0);
        assertThatThrownBy(() -> new SuppliedIndicator(c, IndicatorSource.EXCLUDED, v))
                .isInstanceOf(InvalidNameException.class);
        assertThatThrownBy(() -> new SuppliedIndicator(c, IndicatorSource.FINANCE, v))
                .isInstanceOf(InvalidNameException.class);
    }

    @Test
    void the_scenario_fixes_efficiency_and_cycles_per_model_from_the_plant_the_finance_model_runs() {
        Assumptions a = Assumptions.paperDefaults();
        SuppliedIndicator eff = ScenarioIndicators.column(ScenarioIndicators.ROUND_TRIP_EFFICIENCY, "Efficiency", a);
        SuppliedIndicator cycles = ScenarioIndicators.column(ScenarioIndicators.ANNUAL_FULL_CYCLES, "Cycles", a);
        assertThat(eff.values().values()).containsOnly(90.0);
        assertThat(cycles.values().values()).containsOnly(400.0);
        assertThat(eff.constant()).isTrue();
        assertThat(eff.source()).isEqualTo(IndicatorSource.SCENARIO);
        assertThat(ScenarioIndicators.isScenarioIndicator("LOCAL_EMPLOYMENT")).isFalse();
    }
}
