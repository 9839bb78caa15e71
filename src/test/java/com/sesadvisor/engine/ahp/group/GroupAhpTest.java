package com.sesadvisor.engine.ahp.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.AhpFixtures;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.engine.ahp.hierarchy.DefaultHierarchies;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupAhpTest {

    private static final double COMPUTED_TOL = 1e-6;
    private final GroupAhp group = new GroupAhp();

    /** Goepel (2018) IJAHP 10(3):469-487 sect. 9: golden case goepel_consensus_closed_form. */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void goepel_opposed_experts_give_zero_consensus(int n) throws IOException {
        JsonNode golden = AhpFixtures.goldenCase("goepel_consensus_closed_form");
        List<PairwiseMatrix> experts = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            experts.add(AhpFixtures.favouring(n, j));
        }
        GroupResult r = group.aggregate(experts);
        assertEquals(9.0 / (9 + n - 1), r.experts().get(0).result().weight(0), 1e-12);
        assertEquals(golden.path("computed").path("n=" + n).asDouble(), r.consensus().sStarUnclamped(), COMPUTED_TOL);
        assertEquals(0.0, r.consensus().sStar(), COMPUTED_TOL);
        assertThat(r.consensus().label()).isEqualTo("very low");
    }

    @Test
    void goepel_two_experts_three_versus_one_third() throws IOException {
        double expected = AhpFixtures.goldenCase("goepel_consensus_closed_form")
                .path("two_experts_3_vs_1_3").asDouble();
        GroupResult r = group.aggregate(List.of(PairwiseMatrix.of(new double[][] {{1, 3}, {1.0 / 3, 1}}),
                PairwiseMatrix.of(new double[][] {{1, 1.0 / 3}, {3, 1}})));
        assertEquals(expected, r.consensus().sStar(), COMPUTED_TOL);
        assertThat(r.consensus().label()).isEqualTo("low");
        // AIJ of 3 and 1/3 is 1; their geometric standard deviation is 3
        assertEquals(1.0, r.aggregatedMatrix().get(0, 1), 1e-12);
        assertEquals(3.0, r.geometricStdDev()[0][1], 1e-12);
    }

    @Test
    void identical_experts_give_full_consensus_and_their_own_weights() throws Exception {
        PairwiseMatrix house = AhpFixtures.houseCriteria();
        GroupResult r = group.aggregate(List.of(house, house, house));
        assertEquals(1.0, r.consensus().sStar(), 1e-12);
        assertThat(r.consensus().label()).isEqualTo("very high");
        double[] own = new AhpCalculator().priorities(house).weights();
        for (int i = 0; i < own.length; i++) {
            assertEquals(own[i], r.weights()[i], 1e-12);
            assertEquals(1.0, r.geometricStdDev()[i][(i + 1) % own.length], 1e-12);
        }
        assertEquals(0.169087, r.cr().orElseThrow(), COMPUTED_TOL);
        assertThat(r.experts()).extracting(ExpertResult::cr).allSatisfy(cr -> assertEquals(0.169087, cr, 1e-6));
    }

    @Test
    void aggregated_matrix_is_reciprocal_and_weighted() {
        SplittableRandom random = new SplittableRandom(42);
        List<PairwiseMatrix> experts = List.of(AhpFixtures.randomMatrix(6, random), AhpFixtures.randomMatrix(6, random), AhpFixtures.randomMatrix(6, random));
        double[] lambda = {0.5, 0.3, 0.2};
        PairwiseMatrix g = GroupAhp.aggregateJudgements(experts, lambda);
        for (int i = 0; i < 6; i++) {
            assertEquals(1.0, g.get(i, i), 0);
            for (int j = 0; j < 6; j++) {
                assertEquals(1.0, g.get(i, j) * g.get(j, i), 1e-12);
                double expected = Math.pow(experts.get(0).get(i, j), 0.5) * Math.pow(experts.get(1).get(i, j), 0.3)
                        * Math.pow(experts.get(2).get(i, j), 0.2);
                assertEquals(expected, g.get(i, j), 1e-12 * expected);
            }
        }
    }

    /** Barzilai and Golany (1994): with RGMM priorities, AIJ equals the weighted geometric AIP. */
    @Test
    void barzilai_golany_aij_equals_geometric_aip_with_rgmm() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 3 + trial % 6;
            List<PairwiseMatrix> experts = new ArrayList<>();
            for (int e = 0; e < 4; e++) {
                experts.add(AhpFixtures.randomMatrix(n, random));
            }
            double[] lambda = {0.4, 0.3, 0.2, 0.1};
            GroupResult aij = group.aggregate(experts, lambda, AggregationMethod.AIJ, PriorityMethod.GEOMETRIC_MEAN,
                    RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT);
            GroupResult aip = group.aggregate(experts, lambda, AggregationMethod.AIP_GEOMETRIC,
                    PriorityMethod.GEOMETRIC_MEAN, RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT);
            for (int i = 0; i < n; i++) {
                assertEquals(aij.weights()[i], aip.weights()[i], 1e-12);
            }
            assertThat(aip.aggregatedResult()).isEmpty();
        }
    }

    @Test
    void arithmetic_aip_is_the_weighted_mean_of_priorities() {
        PairwiseMatrix a = PairwiseMatrix.of(new double[][] {{1, 3}, {1.0 / 3, 1}});
        PairwiseMatrix b = PairwiseMatrix.of(new double[][] {{1, 1}, {1, 1}});
        GroupResult r = group.aggregate(List.of(a, b), new double[] {0.6, 0.4}, AggregationMethod.AIP_ARITHMETIC,
                PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT);
        assertEquals(0.6 * 0.75 + 0.4 * 0.5, r.weights()[0], 1e-12);
        assertThat(r.expertWeights()).containsExactly(0.6, 0.4);
    }

    @Test
    void configurable_word_scale() {
        ConsensusScale strict = new ConsensusScale(new double[] {0.9}, List.of("insufficient", "sufficient"));
        assertThat(strict.label(0.85)).isEqualTo("insufficient");
        assertThat(ConsensusScale.DEFAULT.label(0.5)).isEqualTo("very low");
        assertThat(ConsensusScale.DEFAULT.label(0.625)).isEqualTo("low");
        assertThat(ConsensusScale.DEFAULT.label(0.75)).isEqualTo("moderate");
        assertThat(ConsensusScale.DEFAULT.label(0.8)).isEqualTo("high");
        assertThat(ConsensusScale.DEFAULT.label(0.9)).isEqualTo("very high");
        assertThatThrownBy(() -> new ConsensusScale(new double[] {0.7, 0.6}, List.of("a", "b", "c")))
                .hasMessageContaining("upperBounds[1]");
    }

    @Test
    void bad_group_input_names_the_expert_or_weight() {
        PairwiseMatrix two = PairwiseMatrix.of(new double[][] {{1, 2}, {0.5, 1}});
        PairwiseMatrix three = PairwiseMatrix.of(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
        assertThatThrownBy(() -> group.aggregate(List.of(two, three)))
                .isInstanceOf(InvalidGroupException.class).hasMessageContaining("Expert 1 compares 3 elements")
                .satisfies(e -> assertThat(((InvalidGroupException) e).field()).isEqualTo("matrices[1]"));
        assertThatThrownBy(() -> group.aggregate(List.of()))
                .isInstanceOf(InvalidGroupException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> group.aggregate(List.of(two, two), new double[] {0.6, 0.6}, AggregationMethod.AIJ,
                PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT))
                .hasMessageContaining("sum to 1.2").hasMessageContaining("[0.6, 0.6]");
        assertThatThrownBy(() -> group.aggregate(List.of(two, two), new double[] {1.5, -0.5}, AggregationMethod.AIJ,
                PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT))
                .hasMessageContaining("Expert weight 1 is -0.5")
                .satisfies(e -> assertThat(((InvalidGroupException) e).field()).isEqualTo("expertWeights[1]"));
        assertThatThrownBy(() -> group.aggregate(List.of(two, two), new double[] {1.0}, AggregationMethod.AIJ,
                PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT))
                .hasMessageContaining("1 expert weights for 2 experts");
    }

    @Test
    void experts_may_skip_judgements_and_are_named_when_disconnected() {
        IncompletePairwiseMatrix full = IncompletePairwiseMatrix.of(new Double[][] {{1.0, 2.0, 4.0}, {0.5, 1.0, 2.0},
                {0.25, 0.5, 1.0}});
        IncompletePairwiseMatrix partial = IncompletePairwiseMatrix.of(new Double[][] {{1.0, 2.0, null},
                {0.5, 1.0, 2.0}, {null, 0.5, 1.0}});
        List<PairwiseMatrix> completed = GroupAhp.completeAll(List.of(full, partial));
        assertEquals(4.0, completed.get(1).get(0, 2), 1e-9);
        assertEquals(1.0, group.aggregate(completed).consensus().sStar(), 1e-9);
        IncompletePairwiseMatrix disconnected = IncompletePairwiseMatrix.of(new Double[][] {{1.0, 2.0, null},
                {0.5, 1.0, null}, {null, null, 1.0}});
        assertThatThrownBy(() -> GroupAhp.completeAll(List.of(full, disconnected)))
                .isInstanceOf(InvalidGroupException.class).hasMessageContaining("Expert 1: ")
                .hasMessageContaining("elements {2}")
                .satisfies(e -> assertThat(((InvalidGroupException) e).field()).isEqualTo("matrices[1]"));
    }

    @Test
    void workshop_on_a_hierarchy_reports_node_and_hierarchy_consensus() throws IOException {
        Hierarchy house = AhpFixtures.houseHierarchy();
        GroupHierarchyResult same = group.evaluate(List.of(house, house), null, PriorityMethod.EIGENVECTOR,
                RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT);
        assertEquals(1.0, same.hierarchyConsensus().sStar(), 1e-12);
        assertThat(same.nodeConsensus()).containsKeys("goal", "size", "financing");
        assertThat(same.nodeConsensus().values()).allSatisfy(c -> assertEquals(1.0, c.sStar(), 1e-12));
        assertEquals(0.396, same.group().alternativeScores()[0], 0.0015);

        // a second expert who reverses the financing judgements of the houses
        Hierarchy other = house.withJudgements("financing",
                PairwiseMatrix.of(new double[][] {{1, 7, 5}, {1.0 / 7, 1, 1.0 / 3}, {0.2, 3, 1}}));
        GroupHierarchyResult r = group.evaluate(List.of(house, other), new double[] {0.5, 0.5},
                PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT);
        assertThat(r.nodeConsensus().get("financing").sStar()).isLessThan(0.5);
        assertEquals(1.0, r.nodeConsensus().get("goal").sStar(), 1e-12);
        assertEquals(1.0, r.hierarchyConsensus().sStar(), 1e-12); // criteria weights are shared
        // the group matrix under financing is the element-wise geometric mean: a12 = sqrt(1/7 * 7) = 1
        PairwiseMatrix aggregated = GroupAhp.aggregateJudgements(List.of(
                house.node("financing").judgements().orElseThrow().toComplete(),
                other.node("financing").judgements().orElseThrow().toComplete()), null);
        assertEquals(1.0, aggregated.get(0, 1), 1e-12);
        double[] expected = new AhpCalculator().priorities(aggregated).weights();
        double[] actual = r.group().node("financing").analysis().orElseThrow().result().weights();
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], actual[i], 1e-12);
        }

        assertThatThrownBy(() -> group.evaluate(List.of(house, DefaultHierarchies.sharedStoragePaper2025()), null,
                PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT))
                .isInstanceOf(InvalidGroupException.class).hasMessageContaining("Expert 1's hierarchy differs");
    }
}
