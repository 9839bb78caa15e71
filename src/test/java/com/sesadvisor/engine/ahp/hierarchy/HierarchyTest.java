package com.sesadvisor.engine.ahp.hierarchy;

import static com.sesadvisor.engine.ahp.AhpFixtures.goldenCase;
import static com.sesadvisor.engine.ahp.AhpFixtures.matrix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.ahp.AhpFixtures;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.InvalidMatrixException;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HierarchyTest {

    private static final double PUBLISHED_TOL = 0.0015;

    @Test
    void saaty_1990_house_composite_priorities() throws IOException {
        JsonNode published = goldenCase("saaty1990_house_criteria").path("level3_synthesis").path("published_composite");
        HierarchyResult r = AhpFixtures.houseHierarchy().evaluate();
        double[] scores = r.alternativeScores();
        assertEquals(published.path("A").asDouble(), scores[0], PUBLISHED_TOL);
        assertEquals(published.path("B").asDouble(), scores[1], PUBLISHED_TOL);
        assertEquals(published.path("C").asDouble(), scores[2], PUBLISHED_TOL);
        assertEquals(1.0, scores[0] + scores[1] + scores[2], 1e-12);
        assertEquals(0.169087, r.node("goal").cr().orElseThrow(), 1e-6);
        assertThat(r.maxConsistencyRatio()).isGreaterThanOrEqualTo(r.node("goal").cr().orElseThrow());
    }

    @Test
    void global_weight_is_product_of_local_weights_along_the_path() {
        PairwiseMatrix top = PairwiseMatrix.of(new double[][] {{1, 3}, {1.0 / 3, 1}});
        PairwiseMatrix sub = PairwiseMatrix.of(new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
        HierarchyNode a = HierarchyNode.node("a", "A", sub, HierarchyNode.leaf("a1", "A1"),
                HierarchyNode.leaf("a2", "A2"), HierarchyNode.leaf("a3", "A3"));
        HierarchyNode b = HierarchyNode.node("b", "B", HierarchyNode.node("b1", "B1",
                HierarchyNode.leaf("b11", "B11")));
        HierarchyResult r = Hierarchy.of(HierarchyNode.node("g", "Goal", top, a, b)).evaluate();
        assertEquals(0.75 * 4.0 / 7, r.node("a1").globalWeight(), 1e-12);
        assertEquals(4.0 / 7, r.node("a1").localWeight(), 1e-12);
        assertEquals(0.25, r.node("b11").globalWeight(), 1e-12);
        assertThat(r.node("b11").path()).containsExactly("g", "b", "b1", "b11");
        assertThat(r.node("b11").depth()).isEqualTo(3);
        Map<String, Double> leaves = r.leafWeights();
        assertThat(leaves.keySet()).containsExactly("a1", "a2", "a3", "b11");
        assertEquals(1.0, leaves.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertThat(r.alternativeScores()).isEmpty();
    }

    @Test
    void global_weights_from_given_local_weights_cover_every_node_and_stop_where_a_group_has_none() {
        HierarchyNode a = HierarchyNode.node("a", "A", HierarchyNode.leaf("a1", "A1"), HierarchyNode.leaf("a2", "A2"));
        HierarchyNode b = HierarchyNode.node("b", "B", HierarchyNode.leaf("b1", "B1"));
        Hierarchy h = Hierarchy.of(HierarchyNode.node("g", "Goal", a, b));
        Map<String, Double> all = h.globalWeights(Map.of("g", new double[] {0.75, 0.25}, "a", new double[] {0.4, 0.6}));
        assertThat(all.keySet()).containsExactly("g", "a", "a1", "a2", "b", "b1");
        assertEquals(0.75 * 0.6, all.get("a2"), 1e-12);
        assertEquals(0.25, all.get("b1"), 1e-12);
        assertThat(h.globalLeafWeights(Map.of("g", new double[] {0.75, 0.25}, "a", new double[] {0.4, 0.6})))
                .containsOnlyKeys("a1", "a2", "b1");
        // node a without (matching) results: its subtree has no global weight, the rest still has
        Map<String, Double> partial = h.globalWeights(Map.of("g", new double[] {0.75, 0.25}, "a", new double[] {1}));
        assertThat(partial.keySet()).containsExactly("g", "a", "b", "b1");
        assertThat(h.globalWeights(Map.of())).containsOnlyKeys("g");
    }

    @Test
    void paper_default_hierarchy_has_table_3_1_indicators() {
        Hierarchy h = DefaultHierarchies.sharedStoragePaper2025(List.of("CSSES", "TISES", "DSSES"));
        assertThat(h.goal().children()).extracting(HierarchyNode::id)
                .containsExactly("economic", "environmental", "social", "technical");
        assertThat(h.node("economic").children()).extracting(HierarchyNode::name).containsExactly("Total cost",
                "Operating profit", "Internal rate of return (IRR)", "Net present value (NPV)",
                "Price to book ratio (P/B)", "Static payback period", "Dynamic payback period");
        assertThat(h.node("environmental").children()).extracting(HierarchyNode::id)
                .containsExactly("carbon-trading-revenue", "green-certificate-revenue");
        assertThat(h.node("social").children()).isNotEmpty();
        assertThat(h.node("technical").children()).isNotEmpty();
        assertThat(h.leaves()).hasSize(13);
        assertThat(h.alternatives()).containsExactly("CSSES", "TISES", "DSSES");
    }

    @Test
    void committee_edits_the_default_and_evaluates_indicator_weights() {
        Hierarchy h = DefaultHierarchies.sharedStoragePaper2025()
                .without("local-employment")
                .withChild("technical", HierarchyNode.leaf("response-time", "Response time"));
        assertThat(h.node("social").children()).hasSize(1);
        assertThat(h.node("technical").children()).hasSize(3);
        double[][] four = {{1, 5, 7, 3}, {0.2, 1, 2, 0.5}, {1.0 / 7, 0.5, 1, 1.0 / 3}, {1.0 / 3, 2, 3, 1}};
        double[][] seven = new double[7][7];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                seven[i][j] = 1;
            }
        }
        h = h.withJudgements("ses-operational-value", PairwiseMatrix.of(four))
                .withJudgements("economic", PairwiseMatrix.of(seven))
                .withJudgements("environmental", PairwiseMatrix.of(new double[][] {{1, 3}, {1.0 / 3, 1}}))
                .withJudgements("technical", PairwiseMatrix.of(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}));
        HierarchyResult r = h.evaluate();
        assertThat(r.leafWeights()).hasSize(13);
        assertEquals(1.0, r.leafWeights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        double economic = r.node("economic").globalWeight();
        assertEquals(economic / 7, r.node("npv").globalWeight(), 1e-12);
        assertEquals(r.node("social").globalWeight(), r.node("renewable-accommodation").globalWeight(), 1e-15);
    }

    @Test
    void missing_judgements_name_the_node() {
        assertThatThrownBy(() -> DefaultHierarchies.sharedStoragePaper2025().evaluate())
                .isInstanceOf(InvalidHierarchyException.class)
                .hasMessageContaining("'ses-operational-value'")
                .satisfies(e -> assertThat(((InvalidHierarchyException) e).nodeId()).isEqualTo("ses-operational-value"));
    }

    @Test
    void structural_errors_name_the_node() {
        PairwiseMatrix two = PairwiseMatrix.of(new double[][] {{1, 2}, {0.5, 1}});
        assertThatThrownBy(() -> HierarchyNode.node("x", "X", two, HierarchyNode.leaf("a", "A"),
                HierarchyNode.leaf("b", "B"), HierarchyNode.leaf("c", "C")))
                .isInstanceOf(InvalidHierarchyException.class).hasMessageContaining("'x' has 3 children but a 2x2");
        assertThatThrownBy(() -> Hierarchy.of(HierarchyNode.node("g", "G", HierarchyNode.leaf("a", "A"),
                HierarchyNode.leaf("a", "A2")))).hasMessageContaining("'a' is used twice");
        assertThatThrownBy(() -> new Hierarchy(HierarchyNode.node("g", "G", HierarchyNode.leaf("a", "A", two),
                HierarchyNode.leaf("b", "B", two)), List.of("p", "q", "r")))
                .hasMessageContaining("Leaf 'a' compares 2 alternatives but the hierarchy has 3");
        assertThatThrownBy(() -> DefaultHierarchies.sharedStoragePaper2025().node("nope"))
                .hasMessageContaining("No node 'nope'");
        double[][] bad = {{1, 2}, {2, 1}};
        Double[][] boxed = {{1.0, 2.0}, {2.0, 1.0}};
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(boxed)).hasMessageContaining("Cell (1,0)");
        assertThatThrownBy(() -> PairwiseMatrix.of(bad)).isInstanceOf(InvalidMatrixException.class);
    }
}
