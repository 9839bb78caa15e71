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
        for (int k = 0; k < 3; k++) {
            JsonNode g = top3.get(k);
            JudgementRevision r = d.revisions().get(k);
            assertEquals(g.path("row").asInt() - 1, r.row(), "row of revision " + k);
            assertEquals(g.path("col").asInt() - 1, r.col(), "col of revision " + k);
            assertEquals(g.path("value").asDouble(), r.value(), PUBLISHED_TOL);
            assertEquals(g.path("e").asDouble(), r.deviation(), PUBLISHED_TOL);
            assertEquals(g.path("suggested").asDouble(), r.consistentValue(), PUBLISHED_TOL);
            assertEquals(Math.max(r.deviation(), 1 / r.deviation()), r.severity(), 1e-12);
        }
        // 1.128 -> 1, 0.92 -> 1, 1.037 -> 1 on the Saaty scale
        assertThat(d.revisions()).extracting(JudgementRevision::suggested).containsOnly(1.0);
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
        assertThat(consistent.revisions()).allSatisfy(r -> assertEquals(1.0, r.severity(), 1e-9));
    }

    @Test
    void two_by_two_has_one_candidate_and_no_triad() {
        ConsistencyDiagnostics d = ConsistencyDiagnostics.of(PairwiseMatrix.of(new double[][] {{1, 5}, {0.2, 1}}));
        assertThat(d.revisions()).hasSize(1);
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
