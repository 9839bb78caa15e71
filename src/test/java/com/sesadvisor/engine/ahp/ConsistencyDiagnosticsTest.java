package com.sesadvisor.engine.ahp;

import static com.sesadvisor.engine.ahp.AhpFixtures.goldenCase;
import static com.sesadvisor.engine.ahp.AhpFixtures.matrix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which judgement to revise. Golden: Saaty (1990) EJOR 48:9-26, Table 2 house criteria, {@code diagnostics} block of
 * decision-methods.json (indices there are 1-based).
 */
class ConsistencyDiagnosticsTest {

    private static final double PUBLISHED_TOL = 0.0015;

    @Test
    void saaty_1990_house_top_three_judgements_to_revise() throws IOException {
        JsonNode house = goldenCase("saaty1990_house_criteria");
        ConsistencyDiagnostics d = ConsistencyDiagnostics.of(PairwiseMatrix.of(matrix(house.path("matrix"))));
        JsonNode top3 = house.path("diagnostics").path("top3");
        assertThat(d.revisions()).hasSize(3);
        // The published top three are ranked by deviation; the hints are ranked by the CR each change leaves. Every
        // hint that is one of the published three carries Saaty's figures, and the first is his (3,7) in both.
        int matched = 0;
        for (JudgementRevision r : d.revisions()) {
            for (JsonNode g : top3) {
                if (g.path("row").asInt() - 1 == r.row() && g.path("col").asInt() - 1 == r.col()) {
                    matched++;
                    assertEquals(g.path("value").asDouble(), r.value(), PUBLISHED_TOL);
                    assertEquals(g.path("e").asDouble(), r.deviation(), PUBLISHED_TOL);
                    assertEquals(g.path("suggested").asDouble(), r.consistentValue(), PUBLISHED_TOL);
                }
            }
            assertEquals(Math.max(r.deviation(), 1 / r.deviation()), r.severity(), 1e-12);
        }
        assertThat(matched).isGreaterThanOrEqualTo(1);
        assertEquals(top3.get(0).path("row").asInt() - 1, d.revisions().get(0).row());
        assertEquals(top3.get(0).path("col").asInt() - 1, d.revisions().get(0).col());
        assertThat(d.revisions()).extracting(JudgementRevision::crIfChanged).isSorted();
        // (3,7): 6 -> 1 on the Saaty scale
        assertEquals(1.0, d.revisions().get(0).suggested(), 0);
        // (3,7): 6 -> 1 gives CR 0.088
        assertEquals(house.path("diagnostics").path("revision").path("a37_to_1").path("CR").asDouble(),
                d.revisions().get(0).crIfChanged(), PUBLISHED_TOL);
    }

    @Test
    void saaty_1990_house_revision_what_ifs() throws IOException {
        JsonNode house = goldenCase("saaty1990_house_criteria");
        JsonNode rev = house.path("diagnostics").path("revision");
        PairwiseMatrix m = PairwiseMatrix.of(matrix(house.path("matrix")));
        AhpCalculator calc = new AhpCalculator();
        AhpResult to1 = calc.priorities(m.withJudgement(2, 6, 1));
        assertEquals(rev.path("a37_to_1").path("lambda_max").asDouble(), to1.lambdaMax(), PUBLISHED_TOL);
        assertEquals(rev.path("a37_to_1").path("CR").asDouble(), to1.cr(), PUBLISHED_TOL);
        assertEquals(rev.path("a37_to_0.5").path("CR").asDouble(), calc.priorities(m.withJudgement(2, 6, 0.5)).cr(),
                PUBLISHED_TOL);
        assertEquals(rev.path("a37_to_2").path("CR").asDouble(), calc.priorities(m.withJudgement(2, 6, 2)).cr(),
                PUBLISHED_TOL);
    }

    /**
     * Issue 15: the first hint read "you said 1/9; 1/9 would agree" and its button did nothing. A judgement at the end
     * of the scale whose consistent value lies beyond it snaps back to itself: it is no hint at all.
     */
    @Test
    void a_hint_never_proposes_the_value_already_given_and_always_lowers_cr() {
        // A vs B 1/9, A vs C 1/9, B vs C 9: via C, A/B would be 1/81, beyond the scale's 1/9
        double[][] a = {{1, 1.0 / 9, 1.0 / 9}, {9, 1, 9}, {9, 1.0 / 9, 1}};
        PairwiseMatrix m = PairwiseMatrix.of(a);
        double crNow = new AhpCalculator().priorities(m).cr();
        ConsistencyDiagnostics d = ConsistencyDiagnostics.of(m);
        assertThat(d.revisions()).isNotEmpty();
        assertThat(d.revisions()).allSatisfy(r -> {
            assertThat(Math.abs(Math.log(r.suggested() / r.value()))).as("suggested differs from given").isGreaterThan(1e-6);
            assertThat(r.crIfChanged()).isLessThan(crNow);
        });
        assertThat(d.revisions()).extracting(JudgementRevision::crIfChanged).isSorted();
    }

    @Test
    void hints_on_random_saaty_matrices_are_real_changes_ordered_by_the_cr_they_leave() {
        double[] scale = {1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 3, 5, 7, 9, 2, 0.5, 4, 0.25};
        java.util.Random random = new java.util.Random(15);
        AhpCalculator calc = new AhpCalculator();
        int withHints = 0;
        for (int t = 0; t < 300; t++) {
            int n = 3 + random.nextInt(5);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                a[i][i] = 1;
                for (int j = i + 1; j < n; j++) {
                    a[i][j] = scale[random.nextInt(scale.length)];
                    a[j][i] = 1 / a[i][j];
                }
            }
            PairwiseMatrix m = PairwiseMatrix.of(a);
            double crNow = calc.priorities(m).cr();
            List<JudgementRevision> hints = ConsistencyDiagnostics.of(m).revisions();
            assertThat(hints).hasSizeLessThanOrEqualTo(ConsistencyDiagnostics.TOP);
            assertThat(hints).extracting(JudgementRevision::crIfChanged).isSorted();
            for (JudgementRevision r : hints) {
                assertThat(Math.abs(Math.log(r.suggested() / r.value()))).isGreaterThan(1e-6);
                assertThat(r.crIfChanged()).isLessThan(crNow);
                // the CR shown is the CR the change really leaves
                assertEquals(calc.priorities(m.withJudgement(r.row(), r.col(), r.suggested())).cr(), r.crIfChanged(),
                        1e-9);
            }
            withHints += hints.isEmpty() ? 0 : 1;
        }
        assertThat(withHints).isGreaterThan(200);
    }

    @Test
    void koczkodaj_worst_triad_is_found_and_zero_when_consistent() {
        // a12 a23 / a13 = 3 * 3 / 1 = 9: K = min(8, 8/9) = 0.888...
        double[][] a = {{1, 3, 1, 1}, {1.0 / 3, 1, 3, 1}, {1, 1.0 / 3, 1, 1}, {1, 1, 1, 1}};
        ConsistencyDiagnostics d = ConsistencyDiagnostics.of(PairwiseMatrix.of(a));
        InconsistentTriad t = d.worstTriad().orElseThrow();
        assertThat(List.of(t.i(), t.j(), t.k())).containsExactly(0, 1, 2);
        assertEquals(9.0, t.ratio(), 1e-12);
        assertEquals(8.0 / 9.0, t.index(), 1e-12);

        double[] w = {0.4, 0.3, 0.2, 0.1};
        double[][] c = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                c[i][j] = w[i] / w[j];
            }
        }
        ConsistencyDiagnostics consistent = ConsistencyDiagnostics.of(PairwiseMatrix.of(c));
        assertEquals(0.0, consistent.worstTriad().orElseThrow().index(), 1e-12);
        // nothing to change in a consistent matrix: no change lowers a CR of 0
        assertThat(consistent.revisions()).isEmpty();
    }

    @Test
    void two_by_two_is_consistent_so_has_no_hint_and_no_triad() {
        ConsistencyDiagnostics d = ConsistencyDiagnostics.of(PairwiseMatrix.of(new double[][] {{1, 5}, {0.2, 1}}));
        assertThat(d.revisions()).isEmpty();
        assertThat(d.worstTriad()).isEmpty();
    }

    @Test
    void saaty_scale_nearest_value_caps_at_nine() {
        assertEquals(1.0, SaatyScale.nearest(1.128), 0);
        assertEquals(1.0, SaatyScale.nearest(0.92), 0);
        assertEquals(2.0, SaatyScale.nearest(1.5), 0);
        assertEquals(9.0, SaatyScale.nearest(40), 0);
        assertEquals(1.0 / 9, SaatyScale.nearest(0.001), 0);
        assertEquals(1.0 / 3, SaatyScale.nearest(0.3333), 1e-15);
        assertEquals(-8.0, SaatyScale.toPosition(1.0 / 9), 1e-12);
        assertEquals(9.0, SaatyScale.fromPosition(12), 0);
        assertEquals(0.5, SaatyScale.fromPosition(SaatyScale.toPosition(0.5)), 1e-15);
    }
}
