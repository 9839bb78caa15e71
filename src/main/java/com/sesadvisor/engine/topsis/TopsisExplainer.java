package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidOptionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Explanations of a {@link TopsisResult} that a committee can read (spec decision-methods.md, "Explanations a
 * committee can read"): contributions to S+ and S-, why one alternative beats another, what would have to
 * change for the runner-up to win, weight-stability intervals, Monte Carlo rank stability and the
 * leave-one-out rank-reversal check. All methods are stateless, thread-safe and deterministic (Monte Carlo
 * given its seed).
 */
public final class TopsisExplainer {

    /** Grid step of the weight sweep before bisection. */
    public static final double SWEEP_STEP = 0.01;
    /** Bisection iterations after the grid (interval width 0.01 / 2^30). */
    private static final int BISECTIONS = 30;

    private TopsisExplainer() {
    }

    /** Per-criterion squared gaps to the ideal and the anti-ideal, and their shares of S+² and S-². */
    public static Contributions contributions(TopsisResult r) {
        int m = r.alternatives();
        int n = r.criteria();
        double[][] plus = new double[m][n];
        double[][] minus = new double[m][n];
        double[][] sharePlus = new double[m][n];
        double[][] shareMinus = new double[m][n];
        for (int i = 0; i < m; i++) {
            double sp2 = r.s(i, true) * r.s(i, true);
            double sm2 = r.s(i, false) * r.s(i, false);
            for (int j = 0; j < n; j++) {
                double dp = r.v(i, j) - r.idealAt(j);
                double dm = r.v(i, j) - r.antiIdealAt(j);
                plus[i][j] = dp * dp;
                minus[i][j] = dm * dm;
                sharePlus[i][j] = sp2 > 0 ? plus[i][j] / sp2 : 0;
                shareMinus[i][j] = sm2 > 0 ? minus[i][j] / sm2 : 0;
            }
        }
        return new Contributions(plus, minus, sharePlus, shareMinus);
    }

    /** Why the top alternative beats the second: {@code compare(r, r.top(), r.second())}. */
    public static TopsisPairExplanation topVersusSecond(TopsisResult r) {
        return compare(r, r.top(), r.second());
    }

    /**
     * Direction-aware weighted gaps between two alternatives, split into the first's advantages and
     * disadvantages, each sorted by size (largest first). Zero gaps are left out.
     */
    public static TopsisPairExplanation compare(TopsisResult r, int first, int second) {
        checkIndex(first, r.alternatives(), "first");
        checkIndex(second, r.alternatives(), "second");
        List<CriterionGap> adv = new ArrayList<>();
        List<CriterionGap> dis = new ArrayList<>();
        for (int j = 0; j < r.criteria(); j++) {
            double g = r.v(first, j) - r.v(second, j);
            if (r.directions().get(j) == Direction.COST) {
                g = -g;
            }
            if (g > 0) {
                adv.add(new CriterionGap(j, g));
            } else if (g < 0) {
                dis.add(new CriterionGap(j, g));
            }
        }
        adv.sort(Comparator.comparingDouble(CriterionGap::weightedGap).reversed());
        dis.sort(Comparator.comparingDouble(CriterionGap::weightedGap));
        return new TopsisPairExplanation(first, second, r.closeness(first) - r.closeness(second), adv, dis);
    }

    /**
     * For each criterion, the raw value the challenger would need (all else equal, normalisation recomputed)
     * to rank strictly first. Search: expanding steps {@code span · 2^k}, k = -6..6, in the improving direction
     * (up for benefit, down for cost, not below 0 for a cost column with no negative value), then bisection.
     */
    public static List<ValueChange> valueChangesToWin(TopsisResult r, int challenger) {
        checkIndex(challenger, r.alternatives(), "challenger");
        double[][] x = DecisionInputChecks.copy(r.rawMatrix());
        double[] w = r.rawWeights();
        int m = r.alternatives();
        double[] out = new double[m];
        double[] scratch = new double[m];
        Topsis.Prepared base = new Topsis.Prepared(r.rawMatrix(), r.directions(), r.normalization());
        List<ValueChange> result = new ArrayList<>();
        for (int j = 0; j < r.criteria(); j++) {
            double cur = x[challenger][j];
            if (w[j] == 0) {
                result.add(new ValueChange(challenger, j, cur, null, false));
                continue;
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            double span = Math.max(max - min, Math.max(Math.abs(cur), 1e-12));
            boolean up = r.directions().get(j) == Direction.BENEFIT;
            boolean floorAtZero = !up && min >= 0;
            double prev = cur;
            Double found = null;
            for (int k = -6; k <= 6 && found == null; k++) {
                double t = up ? cur + span * Math.scalb(1.0, k) : cur - span * Math.scalb(1.0, k);
                boolean last = false;
                if (floorAtZero && t <= 0) {
                    t = 0;
                    last = true;
                }
                if (wins(base, j, challenger, t, w, out, scratch)) {
                    double lo = prev;
                    double hi = t;
                    for (int it = 0; it < 60 && Math.abs(hi - lo) > 1e-7 * span; it++) {
                        double mid = 0.5 * (lo + hi);
                        if (wins(base, j, challenger, mid, w, out, scratch)) {
                            hi = mid;
                        } else {
                            lo = mid;
                        }
                    }
                    found = hi;
                }
                prev = t;
                if (last) {
                    break;
                }
            }
            result.add(new ValueChange(challenger, j, cur, found, found != null));
        }
        return result;
    }

    private static boolean wins(Topsis.Prepared base, int j, int b, double t, double[] w, double[] out,
            double[] scratch) {
        base.withValue(b, j, t).closeness(w, out, scratch);
        for (int k = 0; k < out.length; k++) {
            if (k != b && !(out[b] > out[k] + Topsis.TIE_TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each criterion, the interval of its weight share (others rescaled proportionally) in which the
     * current top alternative stays first: grid sweep with step {@link #SWEEP_STEP} outwards from the current
     * weight, then bisection to about 1e-11 at the first change. A reversal window narrower than the step can
     * be missed; the interval is the contiguous one containing the current weight.
     */
    public static List<StabilityInterval> weightStability(TopsisResult r) {
        Topsis.Prepared p = new Topsis.Prepared(r.rawMatrix(), r.directions(), r.normalization());
        double[] s = normalisedWeights(r.rawWeights());
        int n = s.length;
        int m = r.alternatives();
        int top = r.top();
        double[] w = new double[n];
        double[] out = new double[m];
        double[] scratch = new double[m];
        List<StabilityInterval> result = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            if (n == 1) {
                result.add(new StabilityInterval(j, 1.0, 1.0, 1.0, null, null));
                continue;
            }
            double[] upper = sweep(p, s, j, top, true, w, out, scratch);
            double[] lower = sweep(p, s, j, top, false, w, out, scratch);
            result.add(new StabilityInterval(j, s[j], lower[0], upper[0],
                    lower[1] < 0 ? null : (int) lower[1], upper[1] < 0 ? null : (int) upper[1]));
        }
        return result;
    }

    /** Returns {bound, leader beyond the bound or -1}. */
    private static double[] sweep(Topsis.Prepared p, double[] s, int j, int top, boolean upwards, double[] w,
            double[] out, double[] scratch) {
        double ok = s[j];
        double end = upwards ? 1.0 : 0.0;
        double t = ok;
        while (t != end) {
            t = upwards ? Math.min(1.0, Math.floor(t / SWEEP_STEP + 1e-9) * SWEEP_STEP + SWEEP_STEP)
                    : Math.max(0.0, Math.ceil(t / SWEEP_STEP - 1e-9) * SWEEP_STEP - SWEEP_STEP);
            int leader = leaderAt(p, s, j, t, top, w, out, scratch);
            if (leader != top) {
                double bad = t;
                int badLeader = leader;
                for (int it = 0; it < BISECTIONS; it++) {
                    double mid = 0.5 * (ok + bad);
                    int l = leaderAt(p, s, j, mid, top, w, out, scratch);
                    if (l == top) {
                        ok = mid;
                    } else {
                        bad = mid;
                        badLeader = l;
                    }
                }
                return new double[] {ok, badLeader};
            }
            ok = t;
        }
        return new double[] {end, -1};
    }

    /** The top alternative if it is still (jointly) first at share t of criterion j, else the new leader. */
    private static int leaderAt(Topsis.Prepared p, double[] s, int j, double t, int top, double[] w,
            double[] out, double[] scratch) {
        rescale(s, j, t, w);
        p.closeness(w, out, scratch);
        int best = top;
        for (int k = 0; k < out.length; k++) {
            if (out[k] > out[best] + Topsis.TIE_TOLERANCE) {
                best = k;
            }
        }
        return best;
    }

    /** Criterion j gets share t; the others share 1 - t in proportion to their current weights. */
    static void rescale(double[] s, int j, double t, double[] w) {
        int n = s.length;
        double rest = 1 - s[j];
        for (int k = 0; k < n; k++) {
            if (k == j) {
                w[k] = t;
            } else {
                w[k] = rest > 0 ? s[k] * (1 - t) / rest : (1 - t) / (n - 1);
            }
        }
    }

    /**
     * Monte Carlo rank stability: {@code draws} weight vectors {@code w_j (1 + spread·U(-1, 1))}, renormalised.
     * Ties in a draw are broken in input order.
     *
     * @throws InvalidOptionException naming {@code monteCarloDraws} or {@code monteCarloSpread}
     */
    public static MonteCarloStability monteCarlo(TopsisResult r, int draws, double spread, long seed) {
        if (draws < 1) {
            throw new InvalidOptionException("monteCarloDraws", "must be at least 1, got " + draws);
        }
        if (!Double.isFinite(spread) || spread < 0 || spread >= 1) {
            throw new InvalidOptionException("monteCarloSpread", "must be in [0, 1), got " + spread);
        }
        Topsis.Prepared p = new Topsis.Prepared(r.rawMatrix(), r.directions(), r.normalization());
        double[] s = normalisedWeights(r.rawWeights());
        int n = s.length;
        int m = r.alternatives();
        int top = r.top();
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] w = new double[n];
        double[] c = new double[m];
        double[] scratch = new double[m];
        int[] order = new int[m];
        long[][] counts = new long[m][m];
        long topFirst = 0;
        for (int d = 0; d < draws; d++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                w[j] = s[j] * (1 + spread * (2 * rnd.nextDouble() - 1));
                sum += w[j];
            }
            for (int j = 0; j < n; j++) {
                w[j] /= sum;
            }
            p.closeness(w, c, scratch);
            orderInto(c, order);
            for (int pos = 0; pos < m; pos++) {
                counts[order[pos]][pos]++;
            }
            if (order[0] == top) {
                topFirst++;
            }
        }
        double[][] freq = new double[m][m];
        double[] first = new double[m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                freq[i][k] = (double) counts[i][k] / draws;
            }
            first[i] = freq[i][0];
        }
        return new MonteCarloStability(draws, spread, seed, freq, first, (double) topFirst / draws);
    }

    private static void orderInto(double[] c, int[] out) {
        for (int i = 0; i < c.length; i++) {
            int k = i;
            while (k > 0 && c[i] > c[out[k - 1]] + Topsis.TIE_TOLERANCE) {
                out[k] = out[k - 1];
                k--;
            }
            out[k] = i;
        }
    }

    /** Leave-one-out with the same weights for every rerun. */
    public static List<RankReversalCheck> leaveOneOut(TopsisResult r) {
        double[] w = r.rawWeights();
        return leaveOneOut(r, sub -> w);
    }

    /**
     * Reruns TOPSIS without each alternative in turn and reports pairs of the others whose strict order flips.
     * Needs at least 3 alternatives (2 remain); returns an empty list otherwise.
     *
     * @param weightsForSubset weights to use for a reduced matrix (e.g. recomputed entropy-combined weights, as
     *                         the full pipeline does), or the original ones
     */
    public static List<RankReversalCheck> leaveOneOut(TopsisResult r,
            Function<double[][], double[]> weightsForSubset) {
        int m = r.alternatives();
        List<RankReversalCheck> result = new ArrayList<>();
        if (m < 3) {
            return result;
        }
        double[][] x = r.rawMatrix();
        int[] ranks = r.ranks();
        for (int k = 0; k < m; k++) {
            double[][] sub = new double[m - 1][];
            int[] map = new int[m - 1];
            for (int i = 0, q = 0; i < m; i++) {
                if (i != k) {
                    sub[q] = x[i];
                    map[q++] = i;
                }
            }
            TopsisResult rr = Topsis.evaluate(sub, weightsForSubset.apply(sub), r.directions(),
                    r.normalization());
            int[] without = new int[m];
            for (int q = 0; q < m - 1; q++) {
                without[map[q]] = rr.rank(q);
            }
            List<RankReversalCheck.ReversedPair> pairs = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != k && b != k && ranks[a] < ranks[b] && without[b] < without[a]) {
                        pairs.add(new RankReversalCheck.ReversedPair(a, b));
                    }
                }
            }
            result.add(new RankReversalCheck(k, without, pairs));
        }
        return result;
    }

    static double[] normalisedWeights(double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double[] s = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            s[j] = w[j] / sum;
        }
        return s;
    }

    private static void checkIndex(int i, int m, String field) {
        if (i < 0 || i >= m) {
            throw new InvalidOptionException(field, "alternative index must be in [0, " + (m - 1) + "], got " + i);
        }
    }
}
