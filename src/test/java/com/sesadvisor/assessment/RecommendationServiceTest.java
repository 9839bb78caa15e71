package com.sesadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.ViewMetrics;
import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.IndicatorMatrix;
import com.sesadvisor.engine.recommend.PaperData;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.recommend.RecommendationEngine;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The recommendation pipeline on the paper's base case (Chi et al. 2025, section 2.2.3 defaults, comprehensive
 * mechanism, project after-tax view): the same ranking as running the finance engine and the ranking engine by
 * hand, and, like the published Table 3-8, CSSES > DSSES > TISES.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RecommendationServiceTest {

    @Autowired
    RecommendationService service;

    @Test
    void base_case_ranks_like_the_finance_and_ranking_engines_and_table_3_8() {
        RecommendationReport report = service.recommend(RecommendationRequest.paperBaseCase());

        // by hand: FinanceEngine per model -> indicator matrix -> RecommendationEngine with equal weights
        List<double[]> rows = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            FinanceResult r = FinanceEngine.evaluate(m, ProfitMechanism.COMPREHENSIVE, Assumptions.paperDefaults());
            ViewMetrics v = r.metrics(CashFlowView.PROJECT_AFTER_TAX);
            rows.add(new double[] {v.totalCost() / 1e8, v.totalRevenue() / 1e8, 100 * v.irr().value().getAsDouble(),
                v.costPerKwh(), v.npv() / 1e8, v.priceToBook(),
                v.cashFlow().staticPayback().years().orElse(21), // payback policy: never -> life + 1
                v.cashFlow().dynamicPayback().years().orElse(21)});
        }
        IndicatorMatrix byHand = new IndicatorMatrix(PaperData.MODELS, RecommendationService.DEFAULT_CRITERIA,
                rows.toArray(double[][]::new));
        double[] equal = new double[8];
        java.util.Arrays.fill(equal, 1.0 / 8);
        Recommendation expected = RecommendationEngine.recommend(byHand, equal, RecommendationOptions.defaults());

        assertThat(report.order()).isEqualTo(expected.order()).containsExactly("CSSES", "DSSES", "TISES");
        assertThat(report.top()).isEqualTo("CSSES");
        for (int i = 0; i < 3; i++) {
            assertThat(report.recommendation().topsis().closeness(i))
                    .isCloseTo(expected.topsis().closeness(i), within(1e-12));
        }
        // published Table 3-8 ranks: CSSES 1, TISES 3, DSSES 2
        int[] ranks = report.recommendation().topsis().ranks();
        assertThat(ranks).containsExactly(PaperData.TABLE_3_8.ranks());
        assertThat(report.indicators().values()).isDeepEqualTo(byHand.values());
        assertThat(report.subjective().source()).isEqualTo(RecommendationReport.SubjectiveWeights.Source.EQUAL);
        // TISES (IRR 3.4 %) never recovers its investment at 6 %: its dynamic payback is the 21-year penalty
        assertThat(report.indicatorNotes()).extracting(IndicatorNote::alternative, IndicatorNote::criterion,
                IndicatorNote::kind, IndicatorNote::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TISES", "DYNAMIC_PAYBACK",
                        IndicatorNote.Kind.PAYBACK_NOT_REACHED, 21.0));
        // TISES's IRR (3.4 %) is below the 6 % discount rate; CSSES and DSSES are not flagged
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ADV-FIN-001"))
                .extracting(f -> f.evidence().get("alternative")).containsExactly("TISES");
        assertThat(report.hasFinding("ADV-ASSUME-001")).isTrue();
        assertThat(report.ruleBaseVersion()).hasSize(12);
        assertThat(report.scenario().assumptions()).hasSize(AssumptionField.values().length);
        assertThat(report.alternatives()).extracting(RecommendationReport.AlternativeFinance::name)
                .containsExactly("CSSES", "TISES", "DSSES");
    }

    @Test
    void finance_runs_the_caller_already_made_are_reused_and_only_for_their_own_assumptions() {
        List<FinanceResult> computed = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            computed.add(FinanceEngine.evaluate(m, ProfitMechanism.COMPREHENSIVE, Assumptions.paperDefaults()));
        }
        RecommendationReport reused = service.recommend(RecommendationRequest.paperBaseCase(), computed);
        for (int i = 0; i < computed.size(); i++) {
            assertThat(reused.alternatives().get(i).result()).isSameAs(computed.get(i));
        }
        assertThat(reused.order()).isEqualTo(service.recommend(RecommendationRequest.paperBaseCase()).order());

        // runs of other assumptions are not taken for this scenario's
        Assumptions other = Assumptions.paperDefaults().with(AssumptionField.SPREAD, 0.5);
        RecommendationReport fresh = service.recommend(RecommendationRequest.of(other, null, null), computed);
        assertThat(fresh.alternatives().get(0).result()).isNotSameAs(computed.get(0));
        assertThat(fresh.alternatives().get(0).result().assumptions()).isEqualTo(other);
    }

    @Test
    void payback_never_reached_enters_as_horizon_plus_one_with_a_note() {
        Assumptions low = Assumptions.paperDefaults().with(AssumptionField.SPREAD, 0.3);
        RecommendationReport report = service.recommend(RecommendationRequest.of(low, null, null));
        assertThat(report.indicatorNotes()).isNotEmpty();
        int col = report.indicators().criteria().indexOf(CriteriaCatalogue.STATIC_PAYBACK);
        for (IndicatorNote n : report.indicatorNotes()) {
            if (n.kind() == IndicatorNote.Kind.PAYBACK_NOT_REACHED) {
                assertThat(n.value()).isEqualTo(21.0);
                if (n.criterion().equals("STATIC_PAYBACK")) {
                    assertThat(report.indicators().value(report.indicators().indexOf(n.alternative()), col))
                            .isEqualTo(21.0);
                }
            }
        }
        for (double[] row : report.indicators().values()) {
            assertThat(row[col]).isGreaterThan(0);
        }
        assertThat(report.hasFinding("ADV-SPREAD-001")).isTrue();
    }

    @Test
    void fifteen_combinations_are_ranked() {
        RecommendationReport report = service.rankCombinations(RecommendationRequest.paperBaseCase()
                .withOptions(RecommendationOptions.defaults().withMonteCarlo(200, 0.2, 1L)));
        assertThat(report.indicators().alternativeCount()).isEqualTo(15);
        assertThat(report.indicators().alternatives().get(0)).isEqualTo("CSSES / CONTRACT_ENERGY_MANAGEMENT");
        assertThat(report.scenario().mechanisms()).hasSize(5);
        assertThat(report.recommendation().ranking()).extracting(x -> x.rank())
                .containsExactlyInAnyOrder(java.util.stream.IntStream.rangeClosed(1, 15).boxed().toArray(Integer[]::new));
    }

    @Test
    void ineligible_project_loses_capacity_revenue_and_is_marked() {
        RecommendationReport report = service.recommend(RecommendationRequest.paperBaseCase()
                .withEligibility(new EligibilityConclusion("CN-HEBEI-2024", "2024-01-27", false)));
        assertThat(report.hasFinding("ADV-ELIG-001")).isTrue();
        assertThat(report.scenario().adjustments()).hasSize(1);
        assertThat(report.alternatives().get(0).result().table()
                .revenue(com.sesadvisor.engine.finance.RevenueStream.CAPACITY)).containsOnly(0.0);
    }

    @Test
    void given_weights_must_name_every_criterion_and_refusals_are_validation_errors() {
        assertThatThrownBy(() -> service.recommend(RecommendationRequest.paperBaseCase()
                .withCriteria(List.of("IRR", "NPV")).withSubjectiveWeights(Map.of("IRR", 1.0))))
                .isInstanceOf(InvalidWeightsException.class).hasMessageContaining("subjectiveWeights.NPV");
        assertThatThrownBy(() -> service.recommend(RecommendationRequest.paperBaseCase()
                .withCriteria(List.of("IRR", "NPV")).withSubjectiveWeights(Map.of("IRR", 1.0, "NPV", 1.0, "X", 1.0))))
                .isInstanceOf(InvalidNameException.class).hasMessageContaining("subjectiveWeights.X");
        Assumptions doubleCount = Assumptions.paperDefaults().with(AssumptionField.CHARGING_COST_IN_OPEX, true);
        assertThatThrownBy(() -> service.recommend(RecommendationRequest.of(doubleCount, null, null)))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).contains("chargingCostInOpex"));
    }
}
