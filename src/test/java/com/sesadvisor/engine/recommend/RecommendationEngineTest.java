package com.sesadvisor.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.mcda.DecisionInputException;
import com.sesadvisor.engine.mcda.DimensionMismatchException;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.mcda.InvalidOptionException;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.mcda.NonFiniteValueException;
import com.sesadvisor.engine.mcda.TooFewAlternativesException;
import com.sesadvisor.engine.mcda.UnknownDirectionException;
import com.sesadvisor.engine.topsis.Normalization;
import com.sesadvisor.engine.topsis.Topsis;
import com.sesadvisor.engine.weighting.CombinationMethod;
import com.sesadvisor.engine.weighting.EntropyWeighting;
import com.sesadvisor.engine.weighting.WeightCombiner;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RecommendationEngineTest {

    @Test
    void pipeline_carries_every_intermediate_value_and_they_chain() {
        Recommendation r = RecommendationEngine.recommend(PaperData.baseNine(), PaperData.BASE_NINE_SUBJECTIVE);
        double[][] x = PaperData.BASE_NINE;
        assertThat(r.entropy().weights()).containsExactly(EntropyWeighting.compute(x).weights(), within(0.0));
        double[] combined = WeightCombiner.linear(PaperData.BASE_NINE_SUBJECTIVE, r.entropy().weights()).weights();
        assertThat(r.weights().weights()).containsExactly(combined, within(0.0));
        assertThat(r.weights().alpha()).isEqualTo(0.5);
        assertThat(r.weights().method()).isEqualTo(CombinationMethod.LINEAR);
        assertThat(Arrays.stream(r.weights().weights()).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(r.topsis().closeness()).containsExactly(
                Topsis.evaluate(x, combined, PaperData.baseNine().directions()).closeness(), within(0.0));
        assertThat(r.ranking()).extracting(RankedAlternative::model).containsExactly("CSSES", "TISES", "DSSES");
        assertThat(r.ranking()).extracting(RankedAlternative::rank).containsExactly(1, 3, 2);
        assertThat(r.order()).containsExactly("CSSES", "DSSES", "TISES");
        assertThat(r.top()).isEqualTo("CSSES");
        assertThat(r.explanations().weightStability()).hasSize(9);
        assertThat(r.explanations().rankReversalThresholds()).hasSize(9)
                .allMatch(t -> t.weight() == r.weights().weights()[t.criterion()] / Arrays.stream(
                        r.weights().weights()).sum());
        assertThat(r.explanations().valueChangesForSecond()).hasSize(9);
        assertThat(r.explanations().monteCarlo().draws()).isEqualTo(1000);
        assertThat(r.explanations().rankReversal()).hasSize(3);
        assertThat(r.explanations().sentences()).isNotEmpty();
        assertThat(r.explanations().sentences().get(0).english()).startsWith("CSSES ranks first");
        assertThat(r.paperReplication()).isNull();
        assertThat(r.facts().top()).isEqualTo("CSSES");
        assertThat(r.facts().second()).isEqualTo("DSSES");
        assertThat(r.facts().closenessGap()).isPositive();
        assertThat(r.facts().topTwoWithinStabilityMargin()).isFalse();
        assertThat(r.facts().topStaysFirstFrequency()).isBetween(0.0, 1.0);
    }

    @Test
    void same_seed_same_recommendation_frequencies() {
        RecommendationOptions o = RecommendationOptions.defaults().withMonteCarlo(500, 0.5, 99L);
        Recommendation a = RecommendationEngine.recommend(PaperData.baseNine(), PaperData.BASE_NINE_SUBJECTIVE, o);
        Recommendation b = RecommendationEngine.recommend(PaperData.baseNine(), PaperData.BASE_NINE_SUBJECTIVE, o);
        assertThat(a.explanations().monteCarlo().rankFrequency())
                .isDeepEqualTo(b.explanations().monteCarlo().rankFrequency());
    }

    @Test
    void close_top_two_are_flagged_as_within_the_weight_stability_margin() {
        IndicatorMatrix m = new IndicatorMatrix(List.of("A", "B", "C"),
                List.of(CriteriaCatalogue.NPV, CriteriaCatalogue.STATIC_PAYBACK),
                new double[][] {{1.00, 6.0}, {0.98, 5.9}, {0.5, 12}});
        Recommendation r = RecommendationEngine.recommend(m, new double[] {0.5, 0.5},
                RecommendationOptions.defaults().withMonteCarlo(0, 0.2, 1L));
        assertThat(r.facts().minimumWeightChangeForSecondToWin()).isNotNull();
        assertThat(r.facts().topTwoWithinStabilityMargin()).isEqualTo(
                r.facts().minimumWeightChangeForSecondToWin() <= 0.05);
        assertThat(r.explanations().weightChangesForSecond()).isNotEmpty();
        assertThat(r.explanations().monteCarlo()).isNull();
        assertThat(r.facts().topStaysFirstFrequency()).isNull();
        // a tiny margin is never met, a full one always is
        Recommendation wide = RecommendationEngine.recommend(m, new double[] {0.5, 0.5},
                RecommendationOptions.defaults().withStabilityMargin(1.0));
        assertThat(wide.facts().topTwoWithinStabilityMargin()).isTrue();
        assertThat(wide.explanations().sentences()).anyMatch(s -> s.english().contains("sensitive to weights"));
    }

    @Test
    void identical_alternatives_are_flagged_not_ranked() {
        IndicatorMatrix m = new IndicatorMatrix(List.of("A", "B"), List.of(CriteriaCatalogue.NPV,
                CriteriaCatalogue.TOTAL_COST), new double[][] {{1, 2}, {1, 2}});
        Recommendation r = RecommendationEngine.recommend(m, new double[] {1, 1});
        assertThat(r.facts().allAlternativesIdentical()).isTrue();
        assertThat(r.entropy().degenerate()).isTrue();
        assertThat(r.ranking()).extracting(RankedAlternative::closeness).containsExactly(0.5, 0.5);
        assertThat(r.notes()).anyMatch(s -> s.english().contains("0.5"));
        assertThat(r.notes()).anyMatch(s -> s.english().contains("leave-one-out"));
    }

    @Test
    void paper_replication_option_attaches_the_all_benefit_reading() {
        Recommendation r = RecommendationEngine.recommend(PaperData.base(), PaperData.TABLE_3_5_SUBJECTIVE,
                RecommendationOptions.defaults().withPaperReplication(true));
        assertThat(r.paperReplication()).isNotNull();
        assertThat(r.paperReplication().invertedCriteria()).containsExactly(0, 3, 5, 6);
        assertThat(r.paperReplication().correctDirections().closeness())
                .containsExactly(r.topsis().closeness(), within(0.0));
        assertThat(r.paperReplication().explanation().english()).contains("Total cost").contains("Static payback period");
    }

    @Test
    void the_papers_weights_are_the_entropy_weights_of_table_3_4_up_to_scale() {
        // Table 3-5's "objective" (and identical "subjective") column is proportional to the entropy weights of
        // Table 3-4 (it sums to 0.461)
        double[] w = EntropyWeighting.compute(PaperData.TABLE_3_4).weights();
        double sum = Arrays.stream(PaperData.TABLE_3_5_SUBJECTIVE).sum();
        for (int j = 0; j < w.length; j++) {
            assertThat(PaperData.TABLE_3_5_SUBJECTIVE[j] / sum).as("w%d", j).isCloseTo(w[j], within(0.0015));
        }
    }

    @Test
    void multiplicative_and_min_max_options_are_honoured() {
        RecommendationOptions o = RecommendationOptions.defaults().withCombination(CombinationMethod.MULTIPLICATIVE)
                .withNormalization(Normalization.MIN_MAX).withAlpha(0.3);
        Recommendation r = RecommendationEngine.recommend(PaperData.baseNine(), PaperData.BASE_NINE_SUBJECTIVE, o);
        assertThat(r.weights().method()).isEqualTo(CombinationMethod.MULTIPLICATIVE);
        assertThat(r.weights().alpha()).isEqualTo(0.3);
        assertThat(r.topsis().normalization()).isEqualTo(Normalization.MIN_MAX);
        assertThat(r.options()).isEqualTo(o);
    }

    @Test
    void catalogue_directions_follow_the_spec() {
        assertThat(CriteriaCatalogue.ALL).filteredOn(c -> c.direction() == Direction.COST)
                .extracting(Criterion::id)
                .containsExactlyInAnyOrder("TOTAL_COST", "STATIC_PAYBACK", "DYNAMIC_PAYBACK", "COST_PER_KWH");
        assertThat(CriteriaCatalogue.byId("IRR").direction()).isEqualTo(Direction.BENEFIT);
        assertThat(CriteriaCatalogue.BASE_NINE).hasSize(9);
        assertThatThrownBy(() -> CriteriaCatalogue.byId("ROE")).isInstanceOf(InvalidNameException.class);
    }

    @Test
    void bad_input_names_the_field() {
        List<Criterion> two = List.of(CriteriaCatalogue.NPV, CriteriaCatalogue.TOTAL_COST);
        double[][] ok = {{1, 2}, {2, 1}};
        assertField(() -> new IndicatorMatrix(List.of("A"), two, new double[][] {{1, 2}}),
                TooFewAlternativesException.class, "indicators");
        assertField(() -> new IndicatorMatrix(List.of("A", "B"), two, new double[][] {{1, 2}, {1}}),
                DimensionMismatchException.class, "indicators[1]");
        assertField(() -> new IndicatorMatrix(List.of("A", "B"), two, new double[][] {{1, 2}, {1, Double.NaN}}),
                NonFiniteValueException.class, "indicators[1][1]");
        assertField(() -> new IndicatorMatrix(List.of("A", "A"), two, ok), InvalidNameException.class,
                "alternatives[1]");
        assertField(() -> new IndicatorMatrix(List.of("A", "B", "C"), two, ok), DimensionMismatchException.class,
                "alternatives");
        assertField(() -> new IndicatorMatrix(List.of("A", "B"), List.of(CriteriaCatalogue.NPV), ok),
                DimensionMismatchException.class, "criteria");
        assertField(() -> new IndicatorMatrix(List.of("A", "B"), List.of(CriteriaCatalogue.NPV,
                CriteriaCatalogue.NPV), ok), InvalidNameException.class, "criteria[1]");
        assertField(() -> new Criterion("X", "x", null, "", ""), UnknownDirectionException.class,
                "criteria.direction");
        IndicatorMatrix m = new IndicatorMatrix(List.of("A", "B"), two, ok);
        assertField(() -> RecommendationEngine.recommend(m, new double[] {1}), DimensionMismatchException.class,
                "subjective");
        assertField(() -> RecommendationEngine.recommend(m, new double[] {0, 0}), InvalidWeightsException.class,
                "subjective");
        assertField(() -> RecommendationEngine.recommend(m, new double[] {1, -1}), InvalidWeightsException.class,
                "subjective[1]");
        assertField(() -> RecommendationOptions.defaults().withAlpha(2), InvalidOptionException.class, "alpha");
        assertField(() -> RecommendationOptions.defaults().withMonteCarlo(-1, 0.2, 1),
                InvalidOptionException.class, "monteCarloDraws");
        assertField(() -> RecommendationOptions.defaults().withMonteCarlo(10, Double.NaN, 1),
                InvalidOptionException.class, "monteCarloSpread");
        assertField(() -> RecommendationOptions.defaults().withStabilityMargin(-0.1), InvalidOptionException.class,
                "stabilityMargin");
        assertField(() -> ScenarioComparison.compare(List.of(), new double[] {1, 1}, null),
                InvalidOptionException.class, "scenarios");
        assertField(() -> ScenarioComparison.compare(List.of(new Scenario("s", m, null), new Scenario("s", m, null)),
                new double[] {1, 1}, null), InvalidNameException.class, "scenarios[1].name");
    }

    static void assertField(ThrowingCallable call, Class<? extends DecisionInputException> type, String field) {
        assertThatThrownBy(call).isInstanceOf(type)
                .extracting(e -> ((DecisionInputException) e).field()).isEqualTo(field);
    }
}
