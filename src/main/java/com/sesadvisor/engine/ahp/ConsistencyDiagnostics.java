package com.sesadvisor.engine.ahp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which judgements to revise, shown while an expert enters a matrix.
 *
 * @param revisions  the (up to) {@value #TOP} judgements whose change to the Saaty value nearest {@code w_i/w_j} lowers
 *                   CR the most, ordered by the CR after the change (lowest first); a change that would keep the value
 *                   the expert gave, or would not lower CR, is never listed; only judgements the expert actually gave
 *                   are listed (completed ones are consistent by construction)
 * @param worstTriad the triad with the largest Koczkodaj index among triads of given judgements (empty for n < 3 or
 *                   when no triad is fully judged)
 */
public record ConsistencyDiagnostics(List<JudgementRevision> revisions, Optional<InconsistentTriad> worstTriad) {

    /** How many judgements are suggested for revision. */
    public static final int TOP = 3;

    /** A change must lower CR by more than floating-point noise to be suggested. */
    static final double LOWER_BY = 1e-9;

    public ConsistencyDiagnostics {
        if (revisions == null || worstTriad == null) {
            throw new IllegalArgumentException("revisions and worstTriad are required (use an empty list/Optional).");
        }
        revisions = List.copyOf(revisions);
    }

    /** Diagnostics of a complete matrix with the default EV / Saaty 1980. */
    public static ConsistencyDiagnostics of(PairwiseMatrix matrix) {
        return of(matrix, PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980);
    }

    public static ConsistencyDiagnostics of(PairwiseMatrix matrix, PriorityMethod method, RandomIndexTable table) {
        AhpResult result = AhpCalculator.compute(matrix.values(), method, table);
        return of(matrix, IncompletePairwiseMatrix.from(matrix), result, method, table);
    }

    static ConsistencyDiagnostics of(PairwiseMatrix complete, IncompletePairwiseMatrix given, AhpResult result,
            PriorityMethod method, RandomIndexTable table) {
        double[][] a = complete.values();
        int n = a.length;
        double[] w = result.weights();
        List<JudgementRevision> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!given.known(i, j)) {
                    continue;
                }
                double e = a[i][j] * w[j] / w[i];
                double severity = Math.max(e, 1 / e);
                candidates.add(new JudgementRevision(i, j, a[i][j], e, severity, w[i] / w[j],
                        SaatyScale.nearest(w[i] / w[j]), 0.0));
            }
        }
        // A hint is a change the expert can make: never the value they already gave (a judgement at the end of the
        // scale whose consistent value lies beyond it snaps back to itself), and only when it lowers CR. The list is
        // ordered by the CR the change would leave, lowest first, so the first button is the most useful one.
        List<JudgementRevision> useful = new ArrayList<>();
        double[][] work = complete.toArray();
        double crNow = result.cr();
        for (JudgementRevision r : candidates) {
            int i = r.row();
            int j = r.col();
            if (sameScaleValue(r.suggested(), a[i][j])) {
                continue;
            }
            work[i][j] = r.suggested();
            work[j][i] = 1.0 / r.suggested();
            double cr = AhpCalculator.consistencyRatio(work, method, table);
            work[i][j] = a[i][j];
            work[j][i] = a[j][i];
            if (!(cr < crNow - LOWER_BY)) {
                continue;
            }
            useful.add(new JudgementRevision(i, j, r.value(), r.deviation(), r.severity(), r.consistentValue(),
                    r.suggested(), cr));
        }
        useful.sort(Comparator.comparingDouble(JudgementRevision::crIfChanged)
                .thenComparing(Comparator.comparingDouble(JudgementRevision::severity).reversed())
                .thenComparingInt(JudgementRevision::row).thenComparingInt(JudgementRevision::col));
        List<JudgementRevision> top = useful.subList(0, Math.min(TOP, useful.size()));
        return new ConsistencyDiagnostics(top, worstTriad(a, given));
    }

    /** Whether two judgements are the same point of the Saaty scale (values are reciprocals of 1..9). */
    private static boolean sameScaleValue(double x, double y) {
        return Math.abs(Math.log(x) - Math.log(y)) < 1e-9;
    }

    private static Optional<InconsistentTriad> worstTriad(double[][] a, IncompletePairwiseMatrix given) {
        int n = a.length;
        InconsistentTriad worst = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!given.known(i, j)) {
                    continue;
                }
                for (int k = j + 1; k < n; k++) {
                    if (!given.known(j, k) || !given.known(i, k)) {
                        continue;
                    }
                    double x = a[i][j] * a[j][k] / a[i][k];
                    double kk = InconsistentTriad.koczkodaj(x);
                    if (worst == null || kk > worst.index()) {
                        worst = new InconsistentTriad(i, j, k, x, kk);
                    }
                }
            }
        }
        return Optional.ofNullable(worst);
    }
}
