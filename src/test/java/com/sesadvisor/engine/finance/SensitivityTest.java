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
import com.sesadvisor.engine.finance.sensitivity.ProgressListener;
import com.sesadvisor.engine.finance.sensitivity.ScenarioResult;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import com.sesadvisor.engine.finance.sensitivity.TornadoRow;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    // ---- tornado of every model ----

    private static TornadoRow row(List<TornadoRow> rows, AssumptionField f) {
        return rows.stream().filter(r -> r.field().equals(f.key())).findFirst().orElseThrow();
    }

    private static List<TornadoRow> tornado(InvestmentModel m, double swing) {
        return SensitivityAnalysis.tornado(m, ProfitMechanism.COMPREHENSIVE, CashFlowView.PROJECT_AFTER_TAX, BASE,
                SensitivityAnalysis.Metric.IRR, swing, SensitivityAnalysis.tornadoFields(BASE));
    }

    @ParameterizedTest
    @EnumSource(InvestmentModel.class)
    void everyModelsIrrRisesWithTheSpreadAndFallsWithTheInvestment(InvestmentModel m) {
        double base = FinanceEngine.irr(m, ProfitMechanism.COMPREHENSIVE, CashFlowView.PROJECT_AFTER_TAX, BASE)
                .value().getAsDouble();
        for (double swing : new double[] {0.05, 0.1, 0.2, 0.3}) {
            List<TornadoRow> rows = tornado(m, swing);
            TornadoRow spread = row(rows, AssumptionField.SPREAD);
            assertThat(spread.lowValue()).as(m + " spread -").isLessThan(base);
            assertThat(spread.highValue()).as(m + " spread +").isGreaterThan(base);
            TornadoRow inv = row(rows, AssumptionField.UNIT_INVESTMENT_PER_WH);
            assertThat(inv.lowValue()).as(m + " investment -").isGreaterThan(base);
            assertThat(inv.highValue()).as(m + " investment +").isLessThan(base);
        }
    }

    @ParameterizedTest
    @EnumSource(InvestmentModel.class)
    void everyModelsTornadoMovesEachInputSymmetricallyAndSortsBySwing(InvestmentModel m) {
        List<TornadoRow> rows = tornado(m, 0.2);
        assertThat(rows).hasSameSizeAs(SensitivityAnalysis.tornadoFields(BASE));
        for (TornadoRow r : rows) {
            AssumptionField f = AssumptionField.byKey(r.field());
            assertThat(r.baseInput()).isEqualTo(BASE.get(f));
            if (f.kind() == AssumptionField.Kind.INTEGER) {
                assertThat(r.lowInput()).isEqualTo(Math.round(0.8 * r.baseInput()));
                assertThat(r.highInput()).isEqualTo(Math.round(1.2 * r.baseInput()));
            } else {
                assertThat(r.lowInput()).isCloseTo(0.8 * r.baseInput(), within(1e-12));
                assertThat(r.highInput()).isCloseTo(1.2 * r.baseInput(), within(1e-12));
            }
            assertThat(r.lowInput()).isLessThanOrEqualTo(r.baseInput());
            assertThat(r.highInput()).isGreaterThanOrEqualTo(r.baseInput());
            if (r.defined()) {
                assertThat(r.swing()).isCloseTo(Math.abs(r.highValue() - r.lowValue()), within(1e-15));
            } else {
                assertThat(r.note()).isNotBlank();
            }
        }
        List<TornadoRow> ranked = rows.stream().filter(TornadoRow::defined).toList();
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).swing()).isLessThanOrEqualTo(ranked.get(i - 1).swing());
        }
        // +20 % of a depth of discharge of 0.9 is 1.08: reported as invalid, after every drawable row
        TornadoRow dod = row(rows, AssumptionField.DEPTH_OF_DISCHARGE);
        assertThat(dod.invalid()).isTrue();
        assertThat(rows.indexOf(dod)).isGreaterThan(rows.indexOf(ranked.get(ranked.size() - 1)));
    }

    @ParameterizedTest
    @EnumSource(InvestmentModel.class)
    void aWiderSwingMovesTheIrrFurther(InvestmentModel m) {
        double previous = 0;
        for (double swing : new double[] {0.05, 0.1, 0.2, 0.3}) {
            double s = row(tornado(m, swing), AssumptionField.SPREAD).swing();
            assertThat(s).as(m + " at " + swing).isGreaterThan(previous);
            previous = s;
        }
    }

    @Test
    void onlyTisesIsMovedByTheLeasePrice() {
        assertThat(row(tornado(InvestmentModel.TISES, 0.1), AssumptionField.LEASE_PRICE_PER_KWH_YEAR).highValue())
                .isGreaterThan(row(tornado(InvestmentModel.TISES, 0.1), AssumptionField.LEASE_PRICE_PER_KWH_YEAR)
                        .lowValue());
        assertThat(row(tornado(InvestmentModel.CSSES, 0.1), AssumptionField.LEASE_PRICE_PER_KWH_YEAR).swing())
                .isZero();
        assertThat(row(tornado(InvestmentModel.DSSES, 0.1), AssumptionField.LEASE_PRICE_PER_KWH_YEAR).swing())
                .isZero();
    }

    @Test
    void tornadoRefusesASwingOutsideZeroToOne() {
        assertThatThrownBy(() -> tornado(InvestmentModel.CSSES, 1.0))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.field()).isEqualTo("swing"));
    }

    // ---- Monte Carlo with the user's ranges ----

    private static MonteCarloSpec spec(List<MonteCarloSpec.Range> ranges, int draws, long seed) {
        return new MonteCarloSpec(List.of(InvestmentModel.values()), ProfitMechanism.COMPREHENSIVE,
                CashFlowView.PROJECT_AFTER_TAX, BASE, ranges, draws, seed);
    }

    private static List<MonteCarloResult> run(MonteCarloSpec s) {
        return SensitivityAnalysis.monteCarlo(s, CancellationToken.none(), ProgressListener.NONE);
    }

    @Test
    void aDegenerateRangeLeavesTheIrrAtItsBaseValue() {
        double spread = BASE.spread();
        List<MonteCarloResult> r = run(spec(List.of(MonteCarloSpec.Range.triangular(AssumptionField.SPREAD, spread,
                spread, spread)), 200, 7));
        for (MonteCarloResult m : r) {
            double base = FinanceEngine.irr(m.model(), ProfitMechanism.COMPREHENSIVE, CashFlowView.PROJECT_AFTER_TAX,
                    BASE).value().getAsDouble();
            assertThat(m.sortedIrr()).hasSize(200).containsOnly(base);
            assertThat(m.p10().getAsDouble()).isEqualTo(base);
            assertThat(m.p90().getAsDouble()).isEqualTo(base);
        }
        // one degenerate input among uncertain ones adds no spread: same IRRs as without it
        List<MonteCarloSpec.Range> investment = List.of(MonteCarloSpec.Range.triangular(
                AssumptionField.UNIT_INVESTMENT_PER_WH, 0.87, 1.12, 1.37));
        List<MonteCarloSpec.Range> withFixedSpread = List.of(investment.get(0),
                MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, spread, spread));
        assertThat(run(spec(withFixedSpread, 300, 3)).get(0).sortedIrr())
                .containsExactly(run(spec(investment, 300, 3)).get(0).sortedIrr());
    }

    @Test
    void everyDrawLiesInTheUsersRange() {
        // IRR rises with the spread, so with the spread the only uncertain input every IRR lies between its ends
        List<MonteCarloResult> r = run(spec(List.of(MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.6, 0.8)),
                400, 11));
        List<MonteCarloResult> wide = run(spec(List.of(MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.4, 1.0)),
                400, 11));
        for (int i = 0; i < 3; i++) {
            InvestmentModel m = r.get(i).model();
            double lo = FinanceEngine.irr(m, ProfitMechanism.COMPREHENSIVE, CashFlowView.PROJECT_AFTER_TAX,
                    BASE.with(AssumptionField.SPREAD, 0.6)).value().getAsDouble();
            double hi = FinanceEngine.irr(m, ProfitMechanism.COMPREHENSIVE, CashFlowView.PROJECT_AFTER_TAX,
                    BASE.with(AssumptionField.SPREAD, 0.8)).value().getAsDouble();
            double[] sorted = r.get(i).sortedIrr();
            assertThat(sorted).hasSize(400);
            assertThat(sorted[0]).isGreaterThanOrEqualTo(lo);
            assertThat(sorted[399]).isLessThanOrEqualTo(hi);
            double narrow = r.get(i).p90().getAsDouble() - r.get(i).p10().getAsDouble();
            assertThat(wide.get(i).p90().getAsDouble() - wide.get(i).p10().getAsDouble()).isGreaterThan(narrow);
        }
    }

    @Test
    void aRunWithTheUsersRangesIsReproducibleWithItsSeed() {
        List<MonteCarloSpec.Range> ranges = List.of(MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.6, 0.9),
                MonteCarloSpec.Range.triangular(AssumptionField.LEASE_PRICE_PER_KWH_YEAR, 80, 109, 140),
                MonteCarloSpec.Range.triangular(AssumptionField.CYCLES_PER_YEAR, 300, 400, 420));
        List<MonteCarloResult> a = run(spec(ranges, 250, 99));
        List<MonteCarloResult> b = run(spec(ranges, 250, 99));
        List<MonteCarloResult> c = run(spec(ranges, 250, 100));
        for (int i = 0; i < 3; i++) {
            assertThat(a.get(i).sortedIrr()).containsExactly(b.get(i).sortedIrr());
        }
        assertThat(a.get(1).sortedIrr()).isNotEqualTo(c.get(1).sortedIrr());
    }

    @Test
    void defaultRangesAreThePapersAtThePaperCaseAndFollowTheScenario() {
        assertThat(MonteCarloSpec.defaultRanges(BASE)).isEqualTo(MonteCarloSpec.defaultRanges());
        Assumptions a = BASE.with(AssumptionField.SPREAD, 0.92).with(AssumptionField.CYCLES_PER_YEAR, 300)
                .with(AssumptionField.FR_MILEAGE_MW_PER_MW_DAY, 0);
        List<MonteCarloSpec.Range> r = MonteCarloSpec.defaultRanges(a);
        assertThat(r.get(0)).isEqualTo(MonteCarloSpec.Range.triangular(AssumptionField.SPREAD, 0.661, 0.92, 1.17));
        assertThat(r.get(2)).isEqualTo(MonteCarloSpec.Range.triangular(AssumptionField.CYCLES_PER_YEAR, 248, 300,
                338));
        assertThat(r.get(3)).isEqualTo(MonteCarloSpec.Range.triangular(AssumptionField.FR_MILEAGE_MW_PER_MW_DAY, 0, 0,
                0));
        // any other input: +/-20 % around the scenario, kept inside its valid range
        assertThat(MonteCarloSpec.defaultRange(AssumptionField.DEPTH_OF_DISCHARGE, BASE))
                .isEqualTo(MonteCarloSpec.Range.triangular(AssumptionField.DEPTH_OF_DISCHARGE, 0.72, 0.9, 1.0));
        assertThat(MonteCarloSpec.defaultRange(AssumptionField.LEASE_PRICE_PER_KWH_YEAR, BASE))
                .isEqualTo(MonteCarloSpec.Range.triangular(AssumptionField.LEASE_PRICE_PER_KWH_YEAR, 87.2, 109,
                        131));
        assertThat(MonteCarloSpec.uncertainInputs()).contains(AssumptionField.SPREAD)
                .doesNotContain(AssumptionField.DISCOUNT_RATE, AssumptionField.INCLUDE_CARBON);
        // every default range is accepted by the run
        for (AssumptionField f : MonteCarloSpec.uncertainInputs()) {
            new MonteCarloSpec(List.of(InvestmentModel.CSSES), ProfitMechanism.COMPREHENSIVE, CashFlowView.EQUITY,
                    BASE, List.of(MonteCarloSpec.defaultRange(f, BASE)), 1, 1);
        }
    }

    @Test
    void aRunRefusesRangesOutsideTheInputsValidValues() {
        assertThatThrownBy(() -> spec(List.of(MonteCarloSpec.Range.uniform(AssumptionField.FR_MILEAGE_MW_PER_MW_DAY,
                -1, 10)), 10, 1)).isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.field()).isEqualTo("ranges[0]"));
        assertThatThrownBy(() -> spec(List.of(MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.5, 0.9),
                MonteCarloSpec.Range.uniform(AssumptionField.DEPTH_OF_DISCHARGE, 0.8, 1.2)), 10, 1))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.field()).isEqualTo("ranges[1]"));
        assertThatThrownBy(() -> spec(List.of(MonteCarloSpec.Range.uniform(AssumptionField.INCLUDE_CARBON, 0, 1)),
                10, 1)).isInstanceOf(InvalidFinanceInputException.class);
        assertThatThrownBy(() -> spec(List.of(MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.5, 0.9),
                MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.6, 0.7)), 10, 1))
                .hasMessageContaining("twice");
    }
}
