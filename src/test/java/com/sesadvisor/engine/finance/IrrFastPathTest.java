package com.sesadvisor.engine.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The single-root fast path must give what the all-roots grid search gives, for every series it takes.
 * Tolerance 1e-9: both solvers stop within {@link IrrSolver#TOLERANCE} (1e-10) of the root.
 */
class IrrFastPathTest {

    private static final double AGREE = 1e-9;

    @Test
    void agreesWithTheGridSearchOnRandomConventionalProjects() {
        SplittableRandom random = new SplittableRandom(20261205);
        int defined = 0;
        for (int k = 0; k < 20_000; k++) {
            int years = 2 + random.nextInt(40);
            double[] flows = new double[years + 1];
            flows[0] = -random.nextDouble(1, 1e4);
            // a few negative years first (construction), then positive ones: exactly one sign change
            int negativeYears = random.nextInt(Math.min(3, years));
            for (int t = 1; t <= years; t++) {
                double size = random.nextDouble(0, 3e3) * Math.pow(10, random.nextInt(-3, 2));
                flows[t] = t <= negativeYears ? -size : size;
            }
            int sc = IrrSolver.signChanges(flows);
            IrrResult fast = IrrSolver.singleRoot(flows, sc);
            IrrResult grid = IrrSolver.allRoots(flows, sc);
            assertThat(fast.roots()).as("flows %s", java.util.Arrays.toString(flows)).hasSameSizeAs(grid.roots());
            if (grid.value().isPresent()) {
                defined++;
                assertThat(fast.value().getAsDouble()).isCloseTo(grid.value().getAsDouble(), within(AGREE));
                assertThat(Math.abs(IrrSolver.npv(flows, fast.value().getAsDouble())))
                        .isLessThan(1e-6 * maxAbs(flows));
            }
        }
        assertThat(defined).as("enough series with a root in range to mean something").isGreaterThan(5_000);
    }

    @Test
    void investorFirstAndLenderFirstSeriesBothWork() {
        assertThat(IrrSolver.irr(new double[] {-100, 39, 59, 55, 20}).value().getAsDouble())
                .isCloseTo(0.28094842115996094, within(1e-9)); // numpy-financial irr of the spec's example
        // lender's view: money in first, paid back later; same rate
        assertThat(IrrSolver.irr(new double[] {100, -39, -59, -55, -20}).value().getAsDouble())
                .isCloseTo(0.28094842115996094, within(1e-9));
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
    void exactZeroRateIsFound() {
        assertThat(IrrSolver.irr(new double[] {-100, 50, 50}).value().getAsDouble()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void severalSignChangesStillFindEveryRoot() {
        // roots at 10 % and 20 %: NPV (1+r)^2 = -(x - 1.1)(x - 1.2) with x = 1 + r
        double[] flows = {-1, 2.3, -1.32};
        IrrResult r = IrrSolver.irr(flows);
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(0.1, within(1e-9));
        assertThat(r.roots().get(1)).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void tinyFlowsThatAddSignChangesTakeTheAllRootsPath() {
        // ignored by signChanges (|CF| <= 1e-9) but they still count for Descartes' bound, so no fast path
        double[] flows = {-100, 1e-10, -1e-10, 60, 60};
        IrrResult r = IrrSolver.irr(flows);
        assertThat(r.signChanges()).isEqualTo(1);
        assertThat(r.value().getAsDouble()).isCloseTo(IrrSolver.allRoots(flows, 1).value().getAsDouble(),
                within(AGREE));
    }

    private static double maxAbs(double[] flows) {
        double m = 0;
        for (double f : flows) {
            m = Math.max(m, Math.abs(f));
        }
        return m;
    }
}
