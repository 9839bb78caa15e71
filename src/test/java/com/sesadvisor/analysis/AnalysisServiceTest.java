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
import com.sesadvisor.engine.recommend.RecommendationOptions;
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
}
