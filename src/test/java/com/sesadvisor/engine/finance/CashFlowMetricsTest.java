package com.sesadvisor.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.poi.ss.formula.functions.FinanceLib;
import org.apache.poi.ss.formula.functions.Irr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IRR / NPV / payback against numpy-financial docstring values, POI (Excel) and edge cases. */
class CashFlowMetricsTest {

    static double[] parse(String s) {
        String[] p = s.trim().split("\\s+");
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = Double.parseDouble(p[i]);
        }
        return v;
    }

    @ParameterizedTest(name = "numpy-financial irr({0}) = {1}")
    @CsvSource({
            "-100 39 59 55 20, 0.28095",
            "-100 0 0 74, -0.0955",
            "-100 100 0 -7, -0.0833",
            "-100 100 0 7, 0.06206",
            "-5 10.5 1 -8 1, 0.0886"})
    void numpyFinancialIrr(String flows, double expected) {
        IrrResult r = IrrSolver.irr(parse(flows));
        assertThat(r.value()).isPresent();
        assertThat(r.value().getAsDouble()).isCloseTo(expected, within(5e-5));
    }

    @Test
    void numpyFinancialNpv() {
        assertThat(IrrSolver.npv(new double[] {-40000, 5000, 8000, 12000, 30000}, 0.08))
                .isCloseTo(3065.22267, within(1e-4));
    }

    @Test
    void excelNpvDiscountsTheFirstFlowOnePeriod() {
        double[] flows = {-40000, 5000, 8000, 12000, 30000};
        // Excel/POI NPV(rate, v1..vn) = sum v_i / (1 + r)^i, i from 1
        double excel = FinanceLib.npv(0.08, flows);
        assertThat(excel).isCloseTo(IrrSolver.npv(flows, 0.08) / 1.08, within(1e-8));
        assertThat(flows[0] + FinanceLib.npv(0.08, java.util.Arrays.copyOfRange(flows, 1, flows.length)))
                .isCloseTo(IrrSolver.npv(flows, 0.08), within(1e-8));
    }

    @ParameterizedTest(name = "POI Irr agrees on {0}")
    @CsvSource({"-100 39 59 55 20", "-448 88 80 81 71 71 71 71 71 71 -75 73 71 71 71 71 71 71 71 71 87",
            "-134.4 60 52 53 39 39 39 35 35 34 -110 34 31 31 31 31 58 59 59 59 76", "-100 100 0 7"})
    void poiIrrCrossCheck(String flows) {
        double[] f = parse(flows);
        double ours = IrrSolver.irr(f).value().getAsDouble();
        double poi = Irr.irr(f, 0.1);
        assertThat(ours).isCloseTo(poi, within(1e-7));
        assertThat(IrrSolver.npv(f, ours)).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void multipleRootsAreAllReported() {
        IrrResult r = IrrSolver.irr(new double[] {-100, 230, -132});
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(0.10, within(1e-9));
        assertThat(r.roots().get(1)).isCloseTo(0.20, within(1e-9));
        assertThat(r.value().getAsDouble()).isCloseTo(0.10, within(1e-9)); // closest to zero
        assertThat(r.signChanges()).isEqualTo(2);
        assertThat(r.ambiguous()).isTrue();
    }

    @Test
    void noSignChangeMeansNotDefined() {
        assertThat(IrrSolver.irr(new double[] {100, 50, 20})).isInstanceOf(IrrResult.NotDefined.class);
        assertThat(IrrSolver.irr(new double[] {-100, -50})).isInstanceOf(IrrResult.NotDefined.class);
        CashFlowMetrics m = CashFlowMetrics.of(new double[] {-100, -50}, 0.06);
        assertThat(m.irr().valueOrNull()).isNull();
        assertThat(m.irrRoots()).isEmpty();
        assertThat(m.signChanges()).isZero();
    }

    @Test
    void signChangeButNoRootInRangeIsNotDefined() {
        // NPV(r) = -100 + 1/(1+r) + 1/(1+r)^2 stays negative on (-95 %, 1000 %)? at r=-0.95: -100+20+400 > 0,
        // so use flows whose NPV is negative everywhere in range: -1000, 1, 1
        IrrResult r = IrrSolver.irr(new double[] {-1000, 1, 1});
        assertThat(r).isInstanceOf(IrrResult.NotDefined.class);
        assertThat(r.signChanges()).isEqualTo(1);
    }

    @Test
    void paybackInterpolation() {
        CashFlowMetrics m = CashFlowMetrics.of(new double[] {-100, 40, 40, 40}, 0.10);
        assertThat(m.staticPayback().yearsOrNull()).isCloseTo(2.5, within(1e-12));
        double[] f = {-100, 40, 40, 40, 40};
        double expected = 3 + (100 - 40 / 1.1 - 40 / 1.21 - 40 / 1.331) / (40 / 1.4641);
        assertThat(CashFlowMetrics.of(f, 0.10).dynamicPayback().yearsOrNull()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void paybackNeverReachedIsExplicit() {
        CashFlowMetrics m = CashFlowMetrics.of(new double[] {-100, 10, 10, 10}, 0.06);
        assertThat(m.staticPayback()).isEqualTo(new Payback.NotReached(3));
        assertThat(m.staticPayback().label()).isEqualTo("not within 3 years");
        assertThat(m.dynamicPaybackLast().yearsOrNull()).isNull();
    }

    @Test
    void paybackReDip() {
        double[] redip = {-100, 60, 60, -50, 30, 30}; // cumulative -100, -40, 20, -30, 0, 30
        CashFlowMetrics m = CashFlowMetrics.of(redip, 0.0);
        assertThat(m.staticPayback().yearsOrNull()).isCloseTo(1 + 40.0 / 60, within(1e-12));
        assertThat(m.staticPaybackLast().yearsOrNull()).isCloseTo(3 + 30.0 / 30, within(1e-12));
    }

    @Test
    void reDipThatEndsNegativeKeepsTheFirstCrossingOnly() {
        // spec: first crossing is reported; last crossing is "not within N years"
        CashFlowMetrics m = CashFlowMetrics.of(new double[] {-100, 150, -80}, 0.0);
        assertThat(m.staticPayback().yearsOrNull()).isCloseTo(100.0 / 150, within(1e-12));
        assertThat(m.staticPaybackLast()).isInstanceOf(Payback.NotReached.class);
    }

    @Test
    void refusesNonFiniteFlowsNamingTheIndex() {
        assertThatThrownBy(() -> CashFlowMetrics.of(new double[] {-1, Double.NaN}, 0.06))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.field()).isEqualTo("cashFlows[1]"));
        assertThatThrownBy(() -> CashFlowMetrics.of(new double[] {-1, 2}, Double.POSITIVE_INFINITY))
                .isInstanceOfSatisfying(InvalidFinanceInputException.class,
                        e -> assertThat(e.field()).isEqualTo("discountRate"));
    }

    @Test
    void npvAtIrrIsZeroForEngineFlows() {
        for (InvestmentModel m : InvestmentModel.values()) {
            FinanceResult r = FinanceEngine.evaluate(m, ProfitMechanism.COMPREHENSIVE);
            for (CashFlowView v : CashFlowView.values()) {
                double[] f = r.table().cashFlows(v);
                for (double root : r.metrics(v).irr().roots()) {
                    assertThat(IrrSolver.npv(f, root) / 1e8).as(m + " " + v).isCloseTo(0.0, within(1e-8)); // 1 CNY: root accurate to 1e-10 in the rate
                }
                ViewMetrics vm = r.metrics(v);
                assertThat(vm.totalRevenue() - vm.totalCost()).isCloseTo(vm.npv(), within(1e-3));
            }
        }
    }
}
