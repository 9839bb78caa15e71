package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * NPV, IRR and payback primitives. Convention: {@code flows[0]} is at t = 0 and is not discounted
 * (numpy-financial); Excel's / POI's {@code NPV} discounts its first value one period.
 */
public final class IrrSolver {

    /** Lower end of the IRR search range (exclusive in the spec's words; the grid starts here). */
    public static final double LOWER = -0.95;
    /** Upper end of the IRR search range (1000 %). */
    public static final double UPPER = 10.0;
    /** Absolute accuracy of each root. */
    public static final double TOLERANCE = 1e-10;
    private static final double[] GRID = grid(240);

    private IrrSolver() {
    }

    /**
     * The bracketing grid: 240 steps quadratically spaced on each side of 0, dense near 0 where IRRs live
     * (same grid as the Python reference, so the same roots are bracketed).
     */
    private static double[] grid(int m) {
        TreeSet<Double> g = new TreeSet<>();
        for (int i = 0; i <= m; i++) {
            double q = (double) i / m;
            g.add(LOWER + (0 - LOWER) * (1 - q * q));
            g.add(UPPER * q * q);
        }
        return g.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** NPV with flows[0] at t = 0 undiscounted (2-19): sum CF_t / (1 + r)^t, by Horner's rule. */
    public static double npv(double[] flows, double rate) {
        double x = 1.0 / (1.0 + rate);
        double acc = 0.0;
        for (int t = flows.length - 1; t >= 0; t--) {
            acc = acc * x + flows[t];
        }
        return acc;
    }

    /** Number of sign changes, ignoring flows with |CF| <= 1e-9. */
    public static int signChanges(double[] flows) {
        int n = 0;
        int prev = 0;
        for (double c : flows) {
            if (Math.abs(c) <= 1e-9) {
                continue;
            }
            int s = c < 0 ? -1 : 1;
            if (prev != 0 && s != prev) {
                n++;
            }
            prev = s;
        }
        return n;
    }

    /**
     * IRR (2-18), the headline being the root closest to zero. Not defined when the flows have one sign or NPV
     * never changes sign in [-95 %, 1000 %]. When the flows provably have exactly one root in (-100 %, +inf)
     * ({@link #rootBounds}), a bracketed Newton iteration finds it ({@link #singleRoot}); any other series takes
     * the all-roots grid search ({@link #allRoots}).
     */
    public static IrrResult irr(double[] flows) {
        int sc = signChanges(flows);
        boolean pos = false;
        boolean neg = false;
        for (double c : flows) {
            pos |= c > 0;
            neg |= c < 0;
        }
        if (!pos || !neg) {
            return new IrrResult.NotDefined(Text.of("engine.finance.irr.sameSign"), sc);
        }
        int bounds = rootBounds(flows);
        if (bounds == ONE_ABOVE_ZERO) {
            return singleRoot(flows, sc, 0.0, GRID[GRID.length - 1]);
        }
        if (bounds == ONE_BELOW_ZERO) {
            return singleRoot(flows, sc, GRID[0], 0.0);
        }
        return allRoots(flows, sc);
    }

    static final int UNKNOWN = -1;
    static final int ONE_ABOVE_ZERO = 1;
    static final int ONE_BELOW_ZERO = 2;

    /**
     * Bounds the roots on each side of r = 0 with Descartes' rule of signs (O(n), no root finding), v = 1/(1+r):
     * <ul>
     * <li>r > 0 (0 < v < 1): p(v)/(1-v) has the cumulative sums S_0..S_n, S_n, ... as coefficients, so the
     * roots there are at most the sign changes of the cumulative cash flow (Norstrom's criterion);</li>
     * <li>r < 0 (w = 1 + r in (0, 1)): the same bound on the reversed polynomial, i.e. the sign changes of the
     * cumulative cash flow summed from the last year backwards.</li>
     * </ul>
     * One sign change on one side and none on the other is exactly one root in (-100 %, +inf), on that side
     * (the bound and the count have the same parity). A partial sum whose sign rounding could have flipped makes
     * the answer {@link #UNKNOWN}, and so does a root at r = 0.
     */
    static int rootBounds(double[] flows) {
        int n = flows.length;
        double eps = 4.0 * n * Math.ulp(1.0);
        double sum = 0;
        double absSum = 0;
        int cumulativeChanges = 0;
        double prev = 0;
        for (double c : flows) {
            sum += c;
            absSum += Math.abs(c);
            if (Math.abs(sum) <= eps * absSum) {
                return UNKNOWN; // a cumulative sum at (or rounding-close to) zero: sign count not trustworthy
            }
            if (prev != 0 && (sum < 0) != (prev < 0)) {
                cumulativeChanges++;
            }
            prev = sum;
        }
        // r < 0: with w = 1 + r in (0, 1), v^-n p(v) = sum c_(n-k) w^k, whose cumulative sums run backwards
        double backward = 0;
        double backwardAbs = 0;
        int backwardChanges = 0;
        prev = 0;
        for (int t = n - 1; t >= 0; t--) {
            backward += flows[t];
            backwardAbs += Math.abs(flows[t]);
            if (Math.abs(backward) <= eps * backwardAbs) {
                return UNKNOWN;
            }
            if (prev != 0 && (backward < 0) != (prev < 0)) {
                backwardChanges++;
            }
            prev = backward;
        }
        if (cumulativeChanges == 1 && backwardChanges == 0) {
            return ONE_ABOVE_ZERO;
        }
        if (cumulativeChanges == 0 && backwardChanges == 1) {
            return ONE_BELOW_ZERO;
        }
        return UNKNOWN;
    }

    /**
     * The one root of NPV in [lo, hi], known to be alone there: Newton's method kept inside a bracket that
     * shrinks every step, with bisection whenever a Newton step would leave it or stalls (Numerical Recipes'
     * rtsafe). Same accuracy as {@link #allRoots}; NPV of one sign at both ends means no root in the range.
     */
    static IrrResult singleRoot(double[] flows, int signChanges, double lo, double hi) {
        double fLo = npv(flows, lo);
        double fHi = npv(flows, hi);
        if (fLo == 0.0 || fHi == 0.0) {
            double root = fLo == 0.0 ? lo : hi;
            return new IrrResult.Defined(root, List.of(root), signChanges);
        }
        if ((fLo < 0) == (fHi < 0)) {
            return new IrrResult.NotDefined(Text.of("engine.finance.irr.noRoot"), signChanges);
        }
        double negSide = fLo < 0 ? lo : hi;
        double posSide = fLo < 0 ? hi : lo;
        double r = lo >= 0 ? 0.1 : -0.1; // where IRRs usually are; the bracket guards the rest
        double stepBefore = hi - lo;
        double step = stepBefore;
        for (int iteration = 0; iteration < 200; iteration++) {
            double v = 1.0 / (1.0 + r);
            double p = 0.0;
            double dp = 0.0;
            for (int t = flows.length - 1; t >= 0; t--) {
                dp = dp * v + p;
                p = p * v + flows[t];
            }
            if (p == 0.0) {
                break;
            }
            if (p < 0) {
                negSide = r;
            } else {
                posSide = r;
            }
            double slope = -dp * v * v; // dNPV/dr = dNPV/dv * dv/dr, with dv/dr = -v^2
            double newton = r - p / slope;
            boolean inside = newton > Math.min(negSide, posSide) && newton < Math.max(negSide, posSide);
            double next = inside && Math.abs(2.0 * p) <= Math.abs(stepBefore * slope)
                    ? newton : 0.5 * (negSide + posSide);
            stepBefore = step;
            step = Math.abs(next - r);
            r = next;
            if (step < TOLERANCE * 1e-2 || Math.abs(negSide - posSide) < TOLERANCE) {
                break;
            }
        }
        return new IrrResult.Defined(r, List.of(r), signChanges);
    }

    /**
     * Every sign change of NPV(r) on the grid over [-95 %, 1000 %] refined by Brent's method to 1e-10; the
     * headline is the root closest to zero.
     */
    static IrrResult allRoots(double[] flows, int sc) {
        List<Double> roots = new ArrayList<>(2);
        double fPrev = npv(flows, GRID[0]);
        BrentSolver solver = null;
        for (int i = 1; i < GRID.length; i++) {
            double a = GRID[i - 1];
            double b = GRID[i];
            double fb = npv(flows, b);
            if (fPrev == 0.0) {
                roots.add(a);
            } else if ((fPrev < 0) != (fb < 0)) {
                if (fb == 0.0) {
                    // exact root at b: recorded when b becomes the left end
                    fPrev = fb;
                    continue;
                }
                if (solver == null) {
                    solver = new BrentSolver(TOLERANCE);
                }
                roots.add(solver.solve(1000, r -> npv(flows, r), a, b));
            }
            fPrev = fb;
        }
        if (fPrev == 0.0) {
            roots.add(GRID[GRID.length - 1]);
        }
        if (roots.isEmpty()) {
            return new IrrResult.NotDefined(Text.of("engine.finance.irr.noRoot"), sc);
        }
        double best = roots.get(0);
        for (double r : roots) {
            if (Math.abs(r) < Math.abs(best)) {
                best = r;
            }
        }
        return new IrrResult.Defined(best, roots, sc);
    }

    /** Static payback, first crossing (2-22). */
    public static Payback staticPayback(double[] flows, boolean lastCrossing) {
        return payback(flows, Double.NaN, lastCrossing);
    }

    /** Dynamic payback at {@code rate}, first or last crossing (2-23). */
    public static Payback dynamicPayback(double[] flows, double rate, boolean lastCrossing) {
        return payback(flows, rate, lastCrossing);
    }

    /**
     * Payback with the paper's interpolation P = Pa - 1 + |Cum(Pa-1)| / CF(Pa), years counted from t = 0.
     * First crossing: first year the cumulative turns from negative to >= 0 (reported even if it dips again).
     * Last crossing: the year after which it stays >= 0. Never reached -> {@link Payback.NotReached}.
     * A cumulative that is never negative pays back at 0.
     */
    static Payback payback(double[] flows, double rate, boolean last) {
        int n = flows.length;
        double[] vals = new double[n];
        double[] cum = new double[n];
        double c = 0;
        double df = 1.0;
        boolean anyNegative = false;
        for (int t = 0; t < n; t++) {
            vals[t] = Double.isNaN(rate) ? flows[t] : flows[t] * df;
            if (!Double.isNaN(rate)) {
                df /= (1.0 + rate);
            }
            c += vals[t];
            cum[t] = c;
            anyNegative |= c < 0;
        }
        int horizon = n - 1;
        if (!anyNegative) {
            return new Payback.Reached(0.0);
        }
        if (last) {
            if (cum[n - 1] < 0) {
                return new Payback.NotReached(horizon);
            }
            int lastNeg = -1;
            for (int t = 0; t < n; t++) {
                if (cum[t] < 0) {
                    lastNeg = t;
                }
            }
            int t = lastNeg + 1;
            return new Payback.Reached((t - 1) + (-cum[t - 1]) / vals[t]);
        }
        for (int t = 1; t < n; t++) {
            if (cum[t] >= 0 && cum[t - 1] < 0) {
                return new Payback.Reached((t - 1) + (-cum[t - 1]) / vals[t]);
            }
        }
        return new Payback.NotReached(horizon);
    }
}
