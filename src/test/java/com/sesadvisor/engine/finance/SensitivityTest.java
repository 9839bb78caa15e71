package com.sesadvisor.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.sesadvisor.engine.finance.published.PublishedFigures;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.finance.sensitivity.CancellationToken;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloResult;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import com.sesadvisor.engine.finance.sensitivity.ScenarioResult;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import com.sesadvisor.engine.finance.sensitivity.TornadoRow;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    static final Assumptions BASE = Assumptions.paperDefaults();

    @Test
    void gridMatchesSingleRunsAndIsMonotone() {
        double[][] axes = SensitivityAnalysis.paperAxes();
        IrrGrid g = SensitivityAnalysis.irrGrid(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE,
                CashFlowView.PROJECT_AFTER_TAX, BASE, axes[0], axes[1]);
        assertThat(g.cells()).hasDimensions(11, 9);
        Double direct = FinanceEngine.irr(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE,
                CashFlowView.PROJECT_AFTER_TAX, BASE.toBuilder().spread(axes[0][3]).unitInvestmentPerWh(axes[1][5])
                        .build()).valueOrNull();
        assertThat(g.irr(5, 3)).isEqualTo(direct);
        for (int i = 0; i < 11; i++) {
            for (int j = 1; j < 9; j++) {
                assertThat(g.irr(i, j)).isGreaterThan(g.irr(i, j - 1));
            }
        }
    }

    @Test
    void breakEvenMatchesThePythonReferenceAndCarriesThePublishedThreshold() {
        // finance_model.py threshold_spread("CSSES", 1.12) -> exact / grid (project after-tax FIRR > 6 %)
        BreakEven b = SensitivityAnalysis.breakEven(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE,
                CashFlowView.PROJECT_AFTER_TAX, BASE, 1.12, 0.06);
        assertThat(b.exactSpread()).isCloseTo(PY_EXACT_CSSES_112, within(1e-8));
        assertThat(b.gridSpread()).isEqualTo(PY_GRID_CSSES_112);
        assertThat(b.publishedSpread()).isEqualTo(0.67);
        Double irrAtExact = FinanceEngine.irr(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE,
                CashFlowView.PROJECT_AFTER_TAX, BASE.with(AssumptionField.SPREAD, b.exactSpread())).valueOrNull();
        assertThat(irrAtExact).isCloseTo(0.06, within(1e-8));
        List<BreakEven> all = SensitivityAnalysis.paperThresholds(InvestmentModel.TISES, ProfitMechanism.COMPREHENSIVE,
                CashFlowView.PROJECT_AFTER_TAX, BASE);
        assertThat(all).hasSize(11);
        assertThat(all).extracting(BreakEven::publishedSpread).containsExactly(0.52, 0.57, 0.62, 0.67, 0.67, 0.72,
                0.77, 0.82, 0.82, 0.87, 0.92);
    }

    static final double PY_EXACT_CSSES_112 = 0.516901841064282; // python3: threshold_spread("CSSES", 1.12)
    static final Double PY_GRID_CSSES_112 = 0.52;

    @Test
    void extendedScenariosComeWithThePublishedRows() {
        List<ScenarioResult> s = SensitivityAnalysis.extendedScenarios(ProfitMechanism.COMPREHENSIVE, BASE);
        assertThat(s).hasSize(6);
        assertThat(s).allSatisfy(x -> assertThat(x.published()).isPresent());
        ScenarioResult low = s.get(0);
        assertThat(low.result().assumptions().spread()).isEqualTo(0.52);
        assertThat(low.published().get().source()).isEqualTo("Table 3-9");
        assertThat(low.published().get().staticPayback()).isNull();
        assertThat(PublishedFigures.baseCase(InvestmentModel.TISES).irr()).isEqualTo(0.067);
        assertThat(PublishedFigures.closeness()).hasSize(9);
    }

    @Test
    void tornadoSortsBySwingAndRanksTheSpreadHigh() {
        List<TornadoRow> rows = SensitivityAnalysis.tornado(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE,
                CashFlowView.PROJECT_AFTER_TAX, BASE, SensitivityAnalysis.Metric.IRR, 0.10,
                SensitivityAnalysis.tornadoFields(BASE));
        List<TornadoRow> ranked = rows.stream().filter(r -> r.swing() != null).toList();
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).swing()).isLessThanOrEqualTo(ranked.get(i - 1).swing());
        }
        assertThat(ranked.subList(0, 5)).extracting(TornadoRow::field).contains("spread", "unitInvestmentPerWh");
        // +/-10 % of 12 demand months = 13 months is invalid and reported as such, not dropped
        assertThat(rows).filteredOn(r -> r.field().equals("demandMonths")).first()
                .satisfies(r -> assertThat(r.note()).startsWith("invalid"));
    }

    static MonteCarloSpec spec(int draws, long seed) {
        return new MonteCarloSpec(List.of(InvestmentModel.values()), ProfitMechanism.COMPREHENSIVE,
                CashFlowView.PROJECT_AFTER_TAX, BASE, MonteCarloSpec.defaultRanges(), draws, seed);
    }

    @Test
    void monteCarloIsReproducibleWithASeed() {
        AtomicLong last = new AtomicLong();
        List<MonteCarloResult> a = SensitivityAnalysis.monteCarlo(spec(600, 42), CancellationToken.none(),
                (done, total) -> last.accumulateAndGet(done, Math::max));
        List<MonteCarloResult> b = SensitivityAnalysis.monteCarlo(spec(600, 42), CancellationToken.none(),
                (d, t) -> { });
        List<MonteCarloResult> c = SensitivityAnalysis.monteCarlo(spec(600, 43), CancellationToken.none(),
                (d, t) -> { });
        assertThat(last.get()).isEqualTo(1800);
        for (int i = 0; i < 3; i++) {
            assertThat(a.get(i).sortedIrr()).containsExactly(b.get(i).sortedIrr());
            assertThat(a.get(i).p50()).isEqualTo(b.get(i).p50());
            assertThat(a.get(i).p10().getAsDouble()).isLessThan(a.get(i).p50().getAsDouble());
            assertThat(a.get(i).p50().getAsDouble()).isLessThan(a.get(i).p90().getAsDouble());
            assertThat(a.get(i).probabilityAboveDiscountRate()).isBetween(0.0, 1.0);
        }
        assertThat(a.get(0).p50()).isNotEqualTo(c.get(0).p50());
    }

    @Test
    void latinHypercubeCoversEveryStratum() {
        MonteCarloSpec s = new MonteCarloSpec(List.of(InvestmentModel.CSSES), ProfitMechanism.SPOT_MARKET,
                CashFlowView.PROJECT_PRE_TAX, BASE,
                List.of(MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.5, 1.5)), 50, 1);
        MonteCarloResult r = SensitivityAnalysis.monteCarlo(s, CancellationToken.none(), (d, t) -> { }).get(0);
        // IRR is increasing in the spread, so the sorted IRRs map back to one spread per 0.02-wide stratum
        assertThat(r.validDraws()).isEqualTo(50);
        assertThat(r.undefinedIrr() + r.sortedIrr().length).isEqualTo(50);
    }

    @Test
    void monteCarloIsCancellable() {
        CancellationToken token = new CancellationToken();
        AtomicLong calls = new AtomicLong();
        assertThatThrownBy(() -> SensitivityAnalysis.monteCarlo(spec(20_000, 1), token, (done, total) -> {
            if (calls.incrementAndGet() == 2) {
                token.cancel();
            }
        })).isInstanceOf(CancellationException.class);
    }

    @Test
    void monteCarloRefusesBadRanges() {
        assertThatThrownBy(() -> new MonteCarloSpec(List.of(InvestmentModel.CSSES), ProfitMechanism.COMPREHENSIVE,
                CashFlowView.EQUITY, BASE, List.of(MonteCarloSpec.Range.triangular(AssumptionField.SPREAD, 1, 0.5, 2)),
                10, 1)).isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.field()).isEqualTo("ranges[0]"));
    }
}
