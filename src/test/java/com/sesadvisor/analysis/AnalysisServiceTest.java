package com.sesadvisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.sensitivity.CancellationToken;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloResult;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import com.sesadvisor.engine.finance.sensitivity.ProgressListener;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnalysisServiceTest {

    @Autowired
    AnalysisService service;

    @Test
    void invalidAssumptionsAreRefusedNamingEveryField() {
        AnalysisInput in = AnalysisInput.paperBaseCase().withAssumptions(AnalysisInput.paperBaseCase().assumptions()
                .with(AssumptionField.DEPTH_OF_DISCHARGE, 1.5).with(AssumptionField.CYCLES_PER_YEAR, 400.5));
        assertThat(service.violations(in)).extracting(v -> v.field())
                .containsExactlyInAnyOrder("depthOfDischarge", "cyclesPerYear");
        assertThatThrownBy(() -> service.finance(in)).isInstanceOf(InvalidFinanceInputException.class);
    }

    @Test
    void financeMatchesTheEngineAndAttachesPublishedFiguresOnlyForThePaperCase() {
        FinanceOutcome base = service.finance(AnalysisInput.paperBaseCase());
        assertThat(base.models()).hasSize(3);
        assertThat(base.of(InvestmentModel.CSSES).published()).isPresent();
        double npv = FinanceEngine.evaluate(InvestmentModel.TISES, ProfitMechanism.COMPREHENSIVE,
                AnalysisInput.paperBaseCase().assumptions()).metrics(CashFlowView.EQUITY).npv();
        assertThat(base.of(InvestmentModel.TISES).result().metrics(CashFlowView.EQUITY).npv()).isEqualTo(npv);

        FinanceOutcome changed = service.finance(AnalysisInput.paperBaseCase().withAssumptions(
                AnalysisInput.paperBaseCase().assumptions().with(AssumptionField.CYCLES_PER_YEAR, 330)));
        assertThat(changed.of(InvestmentModel.CSSES).published()).isEmpty();
    }

    @Test
    void rankingUsesTheSuppliedWeightsAndAlpha() {
        Map<String, Double> onlyIrr = new LinkedHashMap<>();
        onlyIrr.put("IRR", 1.0);
        onlyIrr.put("NPV", 0.0);
        AnalysisInput in = AnalysisInput.paperBaseCase().withSubjectiveWeights(onlyIrr);
        RankingOutcome r = service.rank(service.finance(in), RecommendationOptions.defaults().withAlpha(1.0));
        var rec = r.recommendation();
        assertThat(rec.indicators().criteria()).extracting(c -> c.id()).containsExactly("IRR", "NPV");
        assertThat(rec.weights().weights()[0]).isCloseTo(1.0, within(1e-12)); // α = 1: subjective only
        // the model with the highest equity IRR ranks first when IRR carries all the weight
        InvestmentModel best = null;
        double bestIrr = Double.NEGATIVE_INFINITY;
        for (ModelFinance m : service.finance(in).models()) {
            double v = m.result().metrics(CashFlowView.EQUITY).irr().value().orElse(Double.NEGATIVE_INFINITY);
            if (v > bestIrr) {
                bestIrr = v;
                best = m.model();
            }
        }
        assertThat(rec.top()).isEqualTo(best.name());
        assertThat(rec.paperReplication()).isNotNull();
        assertThat(r.ruleBaseVersion()).isNotBlank();
    }

    @Test
    void fifteenCombinationsAreRankedTogether() {
        RankingOutcome r = service.rankCombinations(AnalysisInput.paperBaseCase(), RecommendationOptions.defaults());
        assertThat(r.recommendation().indicators().alternatives()).hasSize(15);
    }

    @Test
    void anIneligibleProjectEarnsNoCapacityPriceAnywhereInTheAnalysis() {
        AnalysisInput refused = new AnalysisInput(AnalysisInput.paperBaseCase().assumptions(),
                ProfitMechanism.COMPREHENSIVE, CashFlowView.EQUITY, AnalysisInput.paperWeights(), false,
                "CN-HEBEI-2024");
        AnalysisInput effective = service.effective(refused);
        assertThat(effective.assumptions().get(AssumptionField.CAPACITY_PRICE_PER_KW_YEAR)).isZero();
        double withCapacity = service.finance(AnalysisInput.paperBaseCase()).of(InvestmentModel.CSSES).result()
                .metrics(CashFlowView.EQUITY).npv();
        double without = service.finance(effective).of(InvestmentModel.CSSES).result().metrics(CashFlowView.EQUITY)
                .npv();
        assertThat(without).isLessThan(withCapacity);
        AnalysisInput eligible = new AnalysisInput(refused.assumptions(), refused.mechanism(), refused.view(),
                refused.subjectiveWeights(), true, "CN-HEBEI-2024");
        assertThat(service.effective(eligible)).isEqualTo(eligible);
    }

    @Test
    void tornadoesCoverTheThreeModelsAtTheChosenSwing() {
        AnalysisInput in = AnalysisInput.paperBaseCase();
        List<ModelTornado> t = service.tornadoes(in, 0.2);
        assertThat(t).extracting(ModelTornado::model).containsExactly(InvestmentModel.values());
        for (ModelTornado m : t) {
            assertThat(m.swing()).isEqualTo(0.2);
            assertThat(m.view()).isEqualTo(in.view());
            assertThat(m.baseIrr()).isEqualTo(FinanceEngine.irr(m.model(), in.mechanism(), in.view(),
                    in.assumptions()).valueOrNull());
            assertThat(m.rows()).isNotEmpty();
        }
        assertThatThrownBy(() -> service.tornadoes(in, 0)).isInstanceOf(InvalidFinanceInputException.class);
    }

    @Test
    void monteCarloRunsWithTheUsersRangesDrawsAndSeed() {
        AnalysisInput in = AnalysisInput.paperBaseCase();
        double spread = in.assumptions().spread();
        MonteCarloSettings fixed = new MonteCarloSettings(List.of(MonteCarloSpec.Range.triangular(
                AssumptionField.SPREAD, spread, spread, spread)), 50, 1);
        List<MonteCarloResult> r = service.monteCarlo(in, fixed, CancellationToken.none(), ProgressListener.NONE);
        assertThat(r).hasSize(3);
        for (MonteCarloResult m : r) {
            Double base = FinanceEngine.irr(m.model(), in.mechanism(), in.view(), in.assumptions()).valueOrNull();
            assertThat(m.draws()).isEqualTo(50);
            assertThat(m.p10().getAsDouble()).isEqualTo(base);
            assertThat(m.p90().getAsDouble()).isEqualTo(base);
        }
        assertThat(MonteCarloSettings.defaults(in.assumptions()).ranges())
                .isEqualTo(MonteCarloSpec.defaultRanges(in.assumptions()));
        assertThatThrownBy(() -> new MonteCarloSettings(List.of(), 9, 1))
                .isInstanceOfSatisfying(InvalidAnalysisInputException.class,
                        e -> assertThat(e.field()).isEqualTo("draws"));
    }
}
