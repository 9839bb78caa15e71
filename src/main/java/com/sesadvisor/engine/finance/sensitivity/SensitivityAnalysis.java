package com.sesadvisor.engine.finance.sensitivity;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Sensitivity and scenario analyses on top of {@link FinanceEngine}: the paper's 2-D IRR grid, break-even
 * spreads, extended scenarios, tornado and Latin-hypercube Monte Carlo. Parallel work uses the common
 * fork-join pool (all cores).
 */
public final class SensitivityAnalysis {

    /** Spreads of the extended scenarios (Tables 3-9, 3-10). */
    public static final double[] EXTENDED_SPREADS = {0.52, 0.92};

    private SensitivityAnalysis() {
    }

    /** {@code n} evenly spaced values from lo to hi inclusive (n >= 2), e.g. 101 spreads for a heat map. */
    public static double[] linspace(double lo, double hi, int n) {
        if (n < 2) {
            throw new InvalidFinanceInputException("n", "needs at least two points");
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * i / (n - 1);
        }
        return v;
    }

    /** The paper's axes: spreads 0.52..0.92 and investments 0.87..1.37 in 0.05 steps (index 0 = spreads). */
    public static double[][] paperAxes() {
        return new double[][] {linspace(0.52, 0.92, 9), linspace(0.87, 1.37, 11)};
    }

    /** IRR grid for one model (parallel over all cells). */
    public static IrrGrid irrGrid(InvestmentModel model, ProfitMechanism mechanism, CashFlowView view,
                                  Assumptions base, double[] spreads, double[] investments) {
        return irrGrids(List.of(model), mechanism, view, base, spreads, investments).get(0);
    }

    /** IRR grids for several models, parallel over models x investments x spreads. */
    public static List<IrrGrid> irrGrids(List<InvestmentModel> models, ProfitMechanism mechanism, CashFlowView view,
                                         Assumptions base, double[] spreads, double[] investments) {
        checkAxis("spreads", spreads, false);
        checkAxis("investments", investments, true);
        for (InvestmentModel m : models) {
            AssumptionValidator.validate(base, m, mechanism);
        }
        int ns = spreads.length;
        int ni = investments.length;
        int cellsPerModel = ns * ni;
        IrrResult[][][] out = new IrrResult[models.size()][ni][ns];
        IntStream.range(0, models.size() * cellsPerModel).parallel().forEach(idx -> {
            int mi = idx / cellsPerModel;
            int rest = idx % cellsPerModel;
            int i = rest / ns;
            int j = rest % ns;
            Assumptions a = base.toBuilder().spread(spreads[j]).unitInvestmentPerWh(investments[i]).build();
            out[mi][i][j] = FinanceEngine.irr(models.get(mi), mechanism, view, a);
        });
        List<IrrGrid> grids = new ArrayList<>(models.size());
        for (int mi = 0; mi < models.size(); mi++) {
            grids.add(new IrrGrid(models.get(mi), view, base.discountRate(), spreads.clone(), investments.clone(),
                    out[mi]));
        }
        return List.copyOf(grids);
    }

    private static void checkAxis(String name, double[] axis, boolean positive) {
        if (axis == null || axis.length == 0) {
            throw new InvalidFinanceInputException(name, "needs at least one value");
        }
        for (int i = 0; i < axis.length; i++) {
            if (!Double.isFinite(axis[i]) || (positive && axis[i] <= 0)) {
                throw new InvalidFinanceInputException(name + "[" + i + "]",
                        positive ? "must be a finite number > 0" : "must be a finite number");
            }
        }
    }

    /**
     * Minimum spread for IRR > {@code target} at one unit investment: bisection on [0, 3] CNY/kWh to 1e-10
     * (an undefined IRR counts as below target), and the first spread on the paper's grid 0.02 + 0.05 k
     * (k < 40) that clears the target; with the published threshold when the investment is one of the paper's.
     */
    public static BreakEven breakEven(InvestmentModel model, ProfitMechanism mechanism, CashFlowView view,
                                      Assumptions base, double unitInvestmentPerWh, double target) {
        Assumptions a0 = base.with(AssumptionField.UNIT_INVESTMENT_PER_WH, unitInvestmentPerWh);
        AssumptionValidator.validate(a0, model, mechanism);
        Double published = PublishedFigures.threshold(model, unitInvestmentPerWh).orElse(null);
        double lo = 0.0;
        double hi = 3.0;
        if (excess(model, mechanism, view, a0, hi, target) <= 0) {
            return new BreakEven(unitInvestmentPerWh, target, null, null, published);
        }
        double exact;
        if (excess(model, mechanism, view, a0, lo, target) > 0) {
            exact = 0.0;
        } else {
            while (hi - lo > 1e-10) {
                double mid = 0.5 * (lo + hi);
                if (excess(model, mechanism, view, a0, mid, target) > 0) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            exact = hi;
        }
        Double grid = null;
        for (int k = 0; k < 40; k++) {
            double s = Math.round((0.02 + 0.05 * k) * 100) / 100.0;
            if (excess(model, mechanism, view, a0, s, target) > 0) {
                grid = s;
                break;
            }
        }
        return new BreakEven(unitInvestmentPerWh, target, exact, grid, published);
    }

    private static double excess(InvestmentModel model, ProfitMechanism mechanism, CashFlowView view, Assumptions a,
                                 double spread, double target) {
        IrrResult r = FinanceEngine.irr(model, mechanism, view, a.with(AssumptionField.SPREAD, spread));
        return r.value().isPresent() ? r.value().getAsDouble() - target : -1.0;
    }

    /** Break-even spreads (target = discount rate) at the paper's eleven investment levels, parallel. */
    public static List<BreakEven> paperThresholds(InvestmentModel model, ProfitMechanism mechanism, CashFlowView view,
                                                  Assumptions base) {
        return PublishedFigures.THRESHOLD_INVESTMENTS.parallelStream()
                .map(inv -> breakEven(model, mechanism, view, base, inv, base.discountRate())).toList();
    }

    /** The paper's extended scenarios (spread 0.52 and 0.92) for every model, beside Tables 3-9 and 3-10. */
    public static List<ScenarioResult> extendedScenarios(ProfitMechanism mechanism, Assumptions base) {
        List<ScenarioResult> out = new ArrayList<>();
        for (double s : EXTENDED_SPREADS) {
            for (InvestmentModel m : InvestmentModel.values()) {
                out.add(scenario("spread " + s, m, mechanism, base.with(AssumptionField.SPREAD, s)));
            }
        }
        return List.copyOf(out);
    }

    /** Any user-defined scenario; the published row is attached when the spread is one the paper tabulates. */
    public static ScenarioResult scenario(String name, InvestmentModel model, ProfitMechanism mechanism,
                                          Assumptions a) {
        return new ScenarioResult(name, FinanceEngine.evaluate(model, mechanism, a), published(model, a));
    }

    /** The paper's published row for this model when the assumptions are the paper's (any tabulated spread). */
    public static Optional<PublishedFigures.Row> published(InvestmentModel model, Assumptions a) {
        return PublishedFigures.forScenario(model, a.spread()).filter(r -> isPaperCase(a));
    }

    private static boolean isPaperCase(Assumptions a) {
        for (AssumptionField f : AssumptionField.values()) {
            if (f != AssumptionField.SPREAD && a.get(f) != f.defaultValue()) {
                return false;
            }
        }
        return true;
    }

    /** What the tornado measures. */
    public enum Metric { IRR, NPV }

    /** Numeric inputs a tornado varies by default: every NUMBER/INTEGER field with a non-zero value. */
    public static List<AssumptionField> tornadoFields(Assumptions base) {
        List<AssumptionField> out = new ArrayList<>();
        for (AssumptionField f : AssumptionField.values()) {
            boolean numeric = f.kind() == AssumptionField.Kind.NUMBER || f.kind() == AssumptionField.Kind.INTEGER;
            if (numeric && base.get(f) != 0) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * One-at-a-time tornado: each field at x(1 - swing) and x(1 + swing) (integers rounded), sorted by swing,
     * largest first; rows whose metric is undefined come first (swing null), invalid changes last.
     */
    public static List<TornadoRow> tornado(InvestmentModel model, ProfitMechanism mechanism, CashFlowView view,
                                           Assumptions base, Metric metric, double swing,
                                           List<AssumptionField> fields) {
        AssumptionValidator.validate(base, model, mechanism);
        if (!(swing > 0 && swing < 1)) {
            throw new InvalidFinanceInputException("swing", "must be between 0 and 1 (0.1 = +/-10 %)");
        }
        List<TornadoRow> rows = fields.parallelStream().map(f -> {
            double x = base.get(f);
            double lo = x * (1 - swing);
            double hi = x * (1 + swing);
            if (f.kind() == AssumptionField.Kind.INTEGER) {
                lo = Math.round(lo);
                hi = Math.round(hi);
            }
            try {
                Double vLo = value(model, mechanism, view, base.with(f, lo), metric);
                Double vHi = value(model, mechanism, view, base.with(f, hi), metric);
                Double sw = vLo == null || vHi == null ? null : Math.abs(vHi - vLo);
                return new TornadoRow(f.key(), x, lo, hi, vLo, vHi, sw,
                        sw == null ? "IRR not defined at one end" : null);
            } catch (InvalidFinanceInputException e) {
                return new TornadoRow(f.key(), x, lo, hi, null, null, null, TornadoRow.INVALID + e.getMessage());
            }
        }).toList();
        List<TornadoRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((TornadoRow r) -> r.defined() ? 1 : r.invalid() ? 2 : 0)
                .thenComparing(r -> r.swing() == null ? 0.0 : -r.swing()));
        return List.copyOf(sorted);
    }

    private static Double value(InvestmentModel model, ProfitMechanism mechanism, CashFlowView view, Assumptions a,
                                Metric metric) {
        return metric == Metric.IRR ? FinanceEngine.irr(model, mechanism, view, a).valueOrNull()
                : FinanceEngine.npv(model, mechanism, view, a);
    }

    /**
     * Latin-hypercube Monte Carlo: each input's range is cut into {@code draws} equal-probability strata, one
     * draw per stratum, strata shuffled independently per input (seeded, so reproducible regardless of
     * threads). Every model is evaluated on the same draws, in parallel.
     *
     * @throws CancellationException when {@code token} is cancelled
     */
    public static List<MonteCarloResult> monteCarlo(MonteCarloSpec spec, CancellationToken token,
                                                    ProgressListener progress) {
        int n = spec.draws();
        List<MonteCarloSpec.Range> ranges = spec.ranges();
        int k = ranges.size();
        double[][] x = new double[k][n];
        SplittableRandom rnd = new SplittableRandom(spec.seed());
        for (int d = 0; d < k; d++) {
            MonteCarloSpec.Range r = ranges.get(d);
            int[] perm = IntStream.range(0, n).toArray();
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = perm[i];
                perm[i] = perm[j];
                perm[j] = tmp;
            }
            for (int i = 0; i < n; i++) {
                double u = (perm[i] + rnd.nextDouble()) / n;
                double v = r.quantile(u);
                x[d][i] = r.field().kind() == AssumptionField.Kind.INTEGER ? Math.round(v) : v;
            }
        }
        List<InvestmentModel> models = spec.models();
        int m = models.size();
        long total = (long) n * m;
        long step = Math.max(1, total / 100);
        AtomicLong done = new AtomicLong();
        double[][] irr = new double[m][n];
        byte[][] status = new byte[m][n]; // 0 defined, 1 undefined, 2 invalid
        IntStream.range(0, n * m).parallel().forEach(idx -> {
            if (token.isCancelled()) {
                return;
            }
            int mi = idx / n;
            int i = idx % n;
            Assumptions.Builder b = spec.base().toBuilder();
            for (int d = 0; d < k; d++) {
                b.set(ranges.get(d).field(), x[d][i]);
            }
            try {
                IrrResult r = FinanceEngine.irr(models.get(mi), spec.mechanism(), spec.view(), b.build());
                if (r.value().isPresent()) {
                    irr[mi][i] = r.value().getAsDouble();
                } else {
                    status[mi][i] = 1;
                }
            } catch (InvalidFinanceInputException e) {
                status[mi][i] = 2;
            }
            long c = done.incrementAndGet();
            if (c % step == 0 || c == total) {
                progress.progress(c, total);
            }
        });
        if (token.isCancelled()) {
            throw new CancellationException("Monte Carlo cancelled after " + done.get() + " of " + total + " runs");
        }
        double rate = spec.base().discountRate();
        List<MonteCarloResult> out = new ArrayList<>(m);
        for (int mi = 0; mi < m; mi++) {
            double[] all = new double[n];
            int valid = 0;
            int undefined = 0;
            int defined = 0;
            int above = 0;
            double[] def = new double[n];
            for (int i = 0; i < n; i++) {
                if (status[mi][i] == 2) {
                    continue;
                }
                if (status[mi][i] == 1) {
                    all[valid++] = Double.NEGATIVE_INFINITY;
                    undefined++;
                } else {
                    all[valid++] = irr[mi][i];
                    def[defined++] = irr[mi][i];
                    if (irr[mi][i] > rate) {
                        above++;
                    }
                }
            }
            double[] sorted = Arrays.copyOf(all, valid);
            Arrays.sort(sorted);
            double[] defSorted = Arrays.copyOf(def, defined);
            Arrays.sort(defSorted);
            out.add(new MonteCarloResult(models.get(mi), n, valid, undefined, quantile(sorted, 0.10),
                    quantile(sorted, 0.50), quantile(sorted, 0.90), valid == 0 ? 0.0 : (double) above / valid,
                    defSorted));
        }
        return List.copyOf(out);
    }

    private static OptionalDouble quantile(double[] sorted, double f) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        double v = sorted[Math.min(sorted.length - 1, (int) (f * sorted.length))];
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
