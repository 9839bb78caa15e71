package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.mcda.InvalidOptionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Touchable weight sensitivity of a TOPSIS ranking: the ranking at any share of one criterion's weight (the other
 * weights rescaled proportionally, as {@link TopsisExplainer#weightStability} does), and the exact shares at which
 * any two alternatives swap places (rank-reversal thresholds).
 *
 * <p>Method. Let criterion j have share t and the others {@code (1 - t) q_k} ({@code q_k = s_k / (1 - s_j)}, or
 * {@code 1/(n-1)} each when {@code s_j = 1}). With non-negative weights the ideal and anti-ideal of the weighted
 * matrix are the weights times those of the normalised matrix, so
 * {@code S±_i² = A±_i t² + B±_i (1 - t)²} with {@code A±_i = (r_ij - r±_j)²} and
 * {@code B±_i = Σ_{k≠j} q_k² (r_ik - r±_k)²}. Two alternatives a, b tie when {@code S-_a S+_b = S-_b S+_a}, and
 * the sign of {@code C_a - C_b} is that of {@code S-_a² S+_b² - S-_b² S+_a²}, a quartic in t with only even
 * powers of t and 1 - t: dividing by {@code (1 - t)⁴} leaves the quadratic {@code c4 x² + c2 x + c0} in
 * {@code x = (t / (1 - t))²}. So each pair swaps at most twice in (0, 1), at {@code t = √x / (1 + √x)} for every
 * positive simple root x (a double root is a touch, not a swap). Each root is then polished by Commons Math's
 * Brent solver on {@code C_a(t) - C_b(t)} computed by {@link Topsis.Prepared#closeness} (the one closeness
 * formula) in a bracket of ±1e-6 when the bracket shows the sign change; otherwise the algebraic root stands.
 * No grid is involved, so no reversal window is too narrow to be found. Stateless and thread-safe.
 */
public final class WeightSensitivity {

    /** Crossings closer than this to the current share count as a tie at the current share. */
    public static final double AT_WEIGHT = 1e-9;
    /** Relative size below which a coefficient of the tie quadratic is rounding noise. */
    private static final double NOISE = 1e-12;
    /** Half-width of the bracket in which a root is polished. */
    private static final double BRACKET = 1e-6;

    private WeightSensitivity() {
    }

    /** The weights (shares summing to 1) with criterion j at share t and the others rescaled proportionally. */
    public static double[] weightsAt(TopsisResult r, int criterion, double share) {
        checkCriterion(r, criterion);
        if (!Double.isFinite(share) || share < 0 || share > 1) {
            throw new InvalidOptionException("share", "must be in [0, 1], got " + share);
        }
        double[] s = TopsisExplainer.normalisedWeights(r.rawWeights());
        double[] w = new double[s.length];
        if (s.length == 1) {
            w[0] = 1;
        } else {
            TopsisExplainer.rescale(s, criterion, share, w);
        }
        return w;
    }

    /** The whole TOPSIS evaluation with criterion j at share t, the others rescaled proportionally. */
    public static TopsisResult at(TopsisResult r, int criterion, double share) {
        return Topsis.evaluate(r.rawMatrix(), weightsAt(r, criterion, share), r.directions(), r.normalization());
    }

    /** Rank-reversal thresholds of every criterion. */
    public static List<ReversalThresholds> thresholds(TopsisResult r) {
        Topsis.Prepared p = prepared(r);
        double[] s = TopsisExplainer.normalisedWeights(r.rawWeights());
        List<ReversalThresholds> out = new ArrayList<>(s.length);
        for (int j = 0; j < s.length; j++) {
            out.add(thresholds(p, s, j));
        }
        return out;
    }

    /** Rank-reversal thresholds of criterion j. */
    public static ReversalThresholds thresholds(TopsisResult r, int criterion) {
        checkCriterion(r, criterion);
        return thresholds(prepared(r), TopsisExplainer.normalisedWeights(r.rawWeights()), criterion);
    }

    private static Topsis.Prepared prepared(TopsisResult r) {
        return new Topsis.Prepared(r.rawMatrix(), r.directions(), r.normalization());
    }

    private record Root(double t, int a, int b) {
    }

    private static ReversalThresholds thresholds(Topsis.Prepared p, double[] s, int j) {
        int n = s.length;
        int m = p.alternatives();
        if (n == 1) {
            return new ReversalThresholds(j, 1.0, null, null, false, List.of());
        }
        double rest = 1 - s[j];
        double[] aPlus = new double[m];
        double[] aMinus = new double[m];
        double[] bPlus = new double[m];
        double[] bMinus = new double[m];
        for (int i = 0; i < m; i++) {
            aPlus[i] = p.gapToIdeal(i, j);
            aMinus[i] = p.gapToAntiIdeal(i, j);
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    double q = rest > 0 ? s[k] / rest : 1.0 / (n - 1);
                    bPlus[i] += q * q * p.gapToIdeal(i, k);
                    bMinus[i] += q * q * p.gapToAntiIdeal(i, k);
                }
            }
        }
        Curve curve = new Curve(p, s, j);
        List<Root> roots = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double c4 = aMinus[a] * aPlus[b] - aMinus[b] * aPlus[a];
                double c2 = aMinus[a] * bPlus[b] + bMinus[a] * aPlus[b] - aMinus[b] * bPlus[a] - bMinus[b] * aPlus[a];
                double c0 = bMinus[a] * bPlus[b] - bMinus[b] * bPlus[a];
                for (double x : positiveSimpleRoots(c4, c2, c0)) {
                    double sq = Math.sqrt(x);
                    double t = sq / (1 + sq);
                    if (t > 0 && t < 1) {
                        roots.add(new Root(curve.polish(t, a, b), a, b));
                    }
                }
            }
        }
        roots.sort(Comparator.comparingDouble(Root::t));
        List<RankCrossing> crossings = crossings(roots, curve);
        double w = s[j];
        RankCrossing down = null;
        RankCrossing up = null;
        boolean tied = false;
        for (RankCrossing c : crossings) {
            if (Math.abs(c.weight() - w) <= AT_WEIGHT) {
                tied = true;
            } else if (c.weight() < w) {
                down = nearer(down, c, w);
            } else if (up == null || c.weight() < up.weight()) {
                up = c;
            }
        }
        return new ReversalThresholds(j, w, down, up, tied, crossings);
    }

    /** Keeps the latest crossing below w; at the same share prefers one that changes the leader. */
    private static RankCrossing nearer(RankCrossing old, RankCrossing c, double w) {
        if (old == null || c.weight() > old.weight()) {
            return c;
        }
        return c.weight() == old.weight() && c.leaderChanges() && !old.leaderChanges() ? c : old;
    }

    /**
     * Which of each pair is ahead on either side and whether the leader changes: the orders are taken in the middle
     * of the segments between consecutive distinct crossing shares, where no pair changes sign.
     */
    private static List<RankCrossing> crossings(List<Root> roots, Curve curve) {
        List<Double> breaks = new ArrayList<>();
        for (Root r : roots) {
            if (breaks.isEmpty() || r.t() > breaks.get(breaks.size() - 1)) {
                breaks.add(r.t());
            }
        }
        double[][] mids = new double[breaks.size() + 1][];
        for (int k = 0; k <= breaks.size(); k++) {
            double lo = k == 0 ? 0 : breaks.get(k - 1);
            double hi = k == breaks.size() ? 1 : breaks.get(k);
            mids[k] = curve.closeness(0.5 * (lo + hi));
        }
        List<RankCrossing> out = new ArrayList<>(roots.size());
        for (Root r : roots) {
            int k = breaks.indexOf(r.t());
            double[] below = mids[k];
            double[] above = mids[k + 1];
            int aheadBelow = below[r.a()] >= below[r.b()] ? r.a() : r.b();
            int aheadAbove = aheadBelow == r.a() ? r.b() : r.a();
            boolean leader = Topsis.best(below) != Topsis.best(above);
            out.add(new RankCrossing(r.t(), aheadBelow, aheadAbove, leader));
        }
        return out;
    }

    /** Positive roots of {@code c4 x² + c2 x + c0} where the sign changes (double roots excluded). */
    static double[] positiveSimpleRoots(double c4, double c2, double c0) {
        double scale = Math.max(Math.abs(c4), Math.max(Math.abs(c2), Math.abs(c0)));
        if (scale == 0 || !Double.isFinite(scale)) {
            return new double[0];
        }
        double a = Math.abs(c4) < NOISE * scale ? 0 : c4 / scale;
        double b = Math.abs(c2) < NOISE * scale ? 0 : c2 / scale;
        double c = Math.abs(c0) < NOISE * scale ? 0 : c0 / scale;
        if (a == 0) {
            if (b == 0 || c == 0) {
                return new double[0];
            }
            double x = -c / b;
            return x > 0 ? new double[] {x} : new double[0];
        }
        double disc = b * b - 4 * a * c;
        if (!(disc > 0)) {
            return new double[0];
        }
        double q = -0.5 * (b + Math.copySign(Math.sqrt(disc), b));
        double x1 = q / a;
        double x2 = q == 0 ? -x1 : c / q;
        List<Double> out = new ArrayList<>(2);
        for (double x : new double[] {x1, x2}) {
            if (x > 0 && Double.isFinite(x)) {
                out.add(x);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static void checkCriterion(TopsisResult r, int criterion) {
        if (criterion < 0 || criterion >= r.criteria()) {
            throw new InvalidOptionException("criterion",
                    "criterion index must be in [0, " + (r.criteria() - 1) + "], got " + criterion);
        }
    }

    /** Closeness along one criterion's share, through the one TOPSIS implementation. */
    private static final class Curve {
        private final Topsis.Prepared p;
        private final double[] s;
        private final int j;
        private final double[] w;
        private final double[] scratch;

        Curve(Topsis.Prepared p, double[] s, int j) {
            this.p = p;
            this.s = s;
            this.j = j;
            this.w = new double[s.length];
            this.scratch = new double[p.alternatives()];
        }

        double[] closeness(double t) {
            TopsisExplainer.rescale(s, j, t, w);
            double[] c = new double[p.alternatives()];
            p.closeness(w, c, scratch);
            return c;
        }

        double difference(double t, int a, int b) {
            double[] c = closeness(t);
            return c[a] - c[b];
        }

        /** Brent on {@code C_a - C_b} in [t - 1e-6, t + 1e-6] when it brackets a sign change, else t. */
        double polish(double t, int a, int b) {
            double lo = Math.max(0, t - BRACKET);
            double hi = Math.min(1, t + BRACKET);
            double fl = difference(lo, a, b);
            double fh = difference(hi, a, b);
            if (!(fl * fh < 0)) {
                return t;
            }
            try {
                return new BrentSolver(1e-15).solve(100, x -> difference(x, a, b), lo, hi, t);
            } catch (MathIllegalArgumentException | MathIllegalStateException e) {
                return t;
            }
        }
    }
}
