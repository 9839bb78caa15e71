package com.sesadvisor.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The single-root fast path must give what the all-roots grid search gives, for every series it takes.
 * Tolerance 1e-9: both solvers stop within {@link IrrSolver#TOLERANCE} (1e-10) of the root.
 */
class IrrFastPathTest {

    private static final double AGREE = 1e-9;

    @Test
    void agreesWithTheGridSearchOnRandomProjectsWithAReplacementYear() {
        SplittableRandom random = new SplittableRandom(20261205);
        int fast = 0;
        int defined = 0;
        for (int k = 0; k < 20_000; k++) {
            double[] flows = randomProject(random);
            int sc = IrrSolver.signChanges(flows);
            IrrResult ours = IrrSolver.irr(flows);
            IrrResult grid = IrrSolver.allRoots(flows, sc);
            String why = Arrays.toString(flows);
            if (IrrSolver.rootBounds(flows) != IrrSolver.UNKNOWN) {
                fast++;
            }
            assertThat(ours.roots()).as(why).hasSameSizeAs(grid.roots());
            for (int i = 0; i < ours.roots().size(); i++) {
                assertThat(ours.roots().get(i)).as(why).isCloseTo(grid.roots().get(i), within(AGREE));
            }
            if (ours.value().isPresent()) {
                defined++;
                double r = ours.value().getAsDouble();
                assertThat(Math.abs(IrrSolver.npv(flows, r))).as(why).isLessThan(1e-8 * discountedScale(flows, r));
            }
        }
        assertThat(fast).as("series that took the fast path").isGreaterThan(10_000);
        assertThat(defined).as("series with a root in range").isGreaterThan(5_000);
    }

    @Test
    void thePapersBaseCaseTakesTheFastPathDespiteItsReplacementYear() {
        for (InvestmentModel model : InvestmentModel.values()) {
            for (CashFlowView view : CashFlowView.values()) {
                double[] flows = FinanceEngine.evaluate(model, ProfitMechanism.COMPREHENSIVE).table().cashFlows(view);
                assertThat(IrrSolver.signChanges(flows)).as("%s %s", model, view).isGreaterThan(1);
                assertThat(IrrSolver.rootBounds(flows)).as("%s %s", model, view).isEqualTo(IrrSolver.ONE_ABOVE_ZERO);
                assertThat(IrrSolver.irr(flows).value().getAsDouble())
                        .isCloseTo(IrrSolver.allRoots(flows, 3).value().getAsDouble(), within(AGREE));
            }
        }
    }

    @Test
    void investorFirstAndLenderFirstSeriesBothWork() {
        // the spec's /api/finance/metrics example; root found by bisection to machine precision
        assertThat(IrrSolver.irr(new double[] {-100, 39, 59, 55, 20}).value().getAsDouble())
                .isCloseTo(0.28094842115996094, within(1e-9));
        assertThat(IrrSolver.irr(new double[] {100, -39, -59, -55, -20}).value().getAsDouble())
                .isCloseTo(0.28094842115996094, within(1e-9));
    }

    @Test
    void losingProjectHasItsNegativeRootFoundBelowZero() {
        double[] flows = {-100, 20, 20, 20}; // pays back 60 of 100
        assertThat(IrrSolver.rootBounds(flows)).isEqualTo(IrrSolver.ONE_BELOW_ZERO);
        assertThat(IrrSolver.irr(flows).value().getAsDouble())
                .isCloseTo(IrrSolver.allRoots(flows, 1).value().getAsDouble(), within(AGREE))
                .isNegative();
    }

    @Test
    void rootOutsideTheSearchRangeIsNotDefinedOnBothPaths() {
        double[] hugeReturn = {-1, 100}; // IRR 9900 %, beyond the 1000 % range
        double[] totalLoss = {-100, 1}; // IRR -99 %, below -95 %
        for (double[] flows : new double[][] {hugeReturn, totalLoss}) {
            assertThat(IrrSolver.irr(flows)).isInstanceOf(IrrResult.NotDefined.class);
            assertThat(IrrSolver.allRoots(flows, 1)).isInstanceOf(IrrResult.NotDefined.class);
        }
    }

    @Test
    void rootAtExactlyZeroIsLeftToTheGridSearch() {
        double[] flows = {-100, 50, 50};
        assertThat(IrrSolver.rootBounds(flows)).isEqualTo(IrrSolver.UNKNOWN);
        assertThat(IrrSolver.irr(flows).value().getAsDouble()).isCloseTo(0.0, within(1e-10));
    }

    @Test
    void twoRootsAreLeftToTheGridSearchAndBothFound() {
        // NPV (1+r)^2 = -(x - 1.1)(x - 1.2) with x = 1 + r: roots at 10 % and 20 %
        double[] flows = {-1, 2.3, -1.32};
        assertThat(IrrSolver.rootBounds(flows)).isEqualTo(IrrSolver.UNKNOWN);
        IrrResult r = IrrSolver.irr(flows);
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(0.1, within(1e-9));
        assertThat(r.roots().get(1)).isCloseTo(0.2, within(1e-9));
    }

    /** An investment, an operating life with the odd negative year (a replacement) and sometimes a salvage. */
    private static double[] randomProject(SplittableRandom random) {
        int years = 2 + random.nextInt(40);
        double[] flows = new double[years + 1];
        flows[0] = -random.nextDouble(1, 1e4);
        double yearly = -flows[0] * random.nextDouble(0.01, 0.6) / Math.max(1, years / 4.0);
        for (int t = 1; t <= years; t++) {
            flows[t] = yearly * random.nextDouble(0.5, 1.5);
            if (random.nextInt(10) == 0) {
                flows[t] = -flows[t] * random.nextDouble(0.1, 6); // replacement, overhaul
            }
        }
        return flows;
    }

    /** Sum of |CF_t| / (1 + r)^t: the size NPV's rounding error scales with near a root. */
    private static double discountedScale(double[] flows, double r) {
        double m = 0;
        for (int t = 0; t < flows.length; t++) {
            m += Math.abs(flows[t]) / Math.pow(1 + r, t);
        }
        return m;
    }
}
