package com.sesadvisor.engine.ahp;

import static com.sesadvisor.base.i18n.TextRendering.assertBothLanguages;
import static com.sesadvisor.base.i18n.TextRendering.chinese;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sesadvisor.engine.ahp.group.Consensus;
import com.sesadvisor.engine.ahp.group.ConsensusScale;
import com.sesadvisor.engine.ahp.group.GroupAhp;
import com.sesadvisor.engine.ahp.group.InvalidGroupException;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.ahp.hierarchy.InvalidHierarchyException;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every validation message of the AHP engine carries a Text: its English is the exception message (what the REST API
 * returns), and it renders in Chinese without a missing key. Each case below triggers one message.
 */
class AhpTextsTest {

    private static final HierarchyNode A = HierarchyNode.leaf("a", "A");
    private static final HierarchyNode B = HierarchyNode.leaf("b", "B");
    private static final PairwiseMatrix TWO = PairwiseMatrix.of(new double[][] {{1, 3}, {1 / 3.0, 1}});
    private static final PairwiseMatrix THREE = PairwiseMatrix.of(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});

    private final List<Text> seen = new ArrayList<>();

    @Test
    void matrix_messages_name_the_cell_in_both_languages() {
        matrix(() -> PairwiseMatrix.of(null));
        matrix(() -> PairwiseMatrix.of(new double[][] {{1}}));
        matrix(() -> PairwiseMatrix.of(new double[][] {{1, 2}, {0.5}}));
        matrix(() -> PairwiseMatrix.fromUpperTriangle(3, new double[] {2}));
        matrix(() -> PairwiseMatrix.of(new double[][] {{1, Double.NaN}, {1, 1}}));
        matrix(() -> PairwiseMatrix.of(new double[][] {{1, -2}, {-0.5, 1}}));
        matrix(() -> PairwiseMatrix.of(new double[][] {{2, 2}, {0.5, 1}}));
        matrix(() -> PairwiseMatrix.of(new double[][] {{1, 3}, {0.25, 1}}));
        matrix(() -> PairwiseMatrix.of(new double[][] {{1, 3, 1}, {3, 1, 1}, {1, 1, 1}}));
        matrix(() -> IncompletePairwiseMatrix.of((Double[][]) null));
        matrix(() -> IncompletePairwiseMatrix.of((OptionalDouble[][]) null));
        matrix(() -> IncompletePairwiseMatrix.of(new Double[][] {{1.0, null}, {null, null}}));
        matrix(() -> IncompletePairwiseMatrix.of(new Double[][] {{1.0, 2.0}, {null, 1.0}}));
        matrix(() -> IncompletePairwiseMatrix.of(new Double[][] {{1.0, null}, {null, 1.0}}).toComplete());
        assertThat(seen).extracting(Text::key).contains("ahp.matrix.missing", "ahp.matrix.size",
                "ahp.matrix.rowLength", "ahp.matrix.upperCount", "ahp.matrix.notFinite", "ahp.matrix.notPositive",
                "ahp.matrix.diagonal", "ahp.matrix.reciprocal", "ahp.matrix.reciprocalTransposed",
                "ahp.matrix.diagonalMissing", "ahp.matrix.halfMissing", "ahp.matrix.incomplete");

        InvalidMatrixException e = (InvalidMatrixException) catchThrowable(
                () -> PairwiseMatrix.of(new double[][] {{1, 3}, {0.25, 1}}));
        assertThat(e.getMessage()).isEqualTo("Cell (1,0) is 0.25 but must be the reciprocal of cell (0,1) = 3, "
                + "i.e. 0.333333.");
        assertThat(chinese(e.text())).isEqualTo("单元格 (1,0) 为 0.25，但必须是单元格 (0,1) = 3 的倒数，即 0.333333。");
    }

    @Test
    void disconnected_judgements_explain_the_groups_in_both_languages() {
        Double[][] cells = {{1.0, 2.0, null, null}, {0.5, 1.0, null, null}, {null, null, 1.0, 3.0},
                {null, null, 1 / 3.0, 1.0}};
        DisconnectedComparisonsException e = (DisconnectedComparisonsException) catchThrowable(
                () -> HarkerCompletion.complete(IncompletePairwiseMatrix.of(cells)));
        assertThat(e.getMessage()).startsWith("The judgements given do not connect all elements: elements {2, 3} "
                + "are not compared, directly or through others, with elements {0, 1} (separate groups: {0, 1}, {2, 3}).");
        assertThat(chinese(e.text())).contains("元素 {2, 3} 与元素 {0, 1}");
        assertBothLanguages(e.text());
    }

    @Test
    void hierarchy_messages_name_the_node_in_both_languages() {
        hierarchy(() -> new Hierarchy(null, List.of()));
        hierarchy(() -> new Hierarchy(HierarchyNode.node("g", "G", A, B), List.of("x")));
        hierarchy(() -> Hierarchy.of(HierarchyNode.node("g", "G", A, HierarchyNode.leaf("a", "A2"))));
        hierarchy(() -> Hierarchy.of(HierarchyNode.node("g", "G", A.withJudgements(TWO), B)));
        hierarchy(() -> new Hierarchy(HierarchyNode.node("g", "G", A.withJudgements(THREE), B), List.of("x", "y")));
        Hierarchy h = Hierarchy.of(HierarchyNode.node("g", "Goal", A, B));
        hierarchy(() -> h.node("nope"));
        hierarchy(() -> h.without("g"));
        hierarchy(() -> h.evaluate(PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980));
        hierarchy(() -> new HierarchyNode(" ", "x", "", List.of(), java.util.Optional.empty()));
        hierarchy(() -> new HierarchyNode("n", " ", "", List.of(), java.util.Optional.empty()));
        hierarchy(() -> HierarchyNode.node("n", "N", A, B).withJudgements(THREE));
        assertThat(seen).extracting(Text::key).contains("ahp.hierarchy.noGoal", "ahp.hierarchy.oneAlternative",
                "ahp.hierarchy.duplicateId", "ahp.hierarchy.leafWithoutAlternatives", "ahp.hierarchy.leafSize",
                "ahp.hierarchy.noNode", "ahp.hierarchy.goalRemoved", "ahp.hierarchy.noJudgements",
                "ahp.node.blankId", "ahp.node.noName", "ahp.node.matrixSize");
        assertThat(chinese(seen.get(seen.size() - 4))).isEqualTo("节点“g”（Goal）还没有判断：请先比较其子节点。");
    }

    @Test
    void group_messages_name_the_expert_in_both_languages() {
        GroupAhp group = new GroupAhp();
        group(() -> GroupAhp.completeAll(List.of()));
        group(() -> GroupAhp.completeAll(java.util.Arrays.asList((IncompletePairwiseMatrix) null)));
        group(() -> GroupAhp.checkWeights(2, new double[] {1}));
        group(() -> GroupAhp.checkWeights(2, new double[] {1.5, -0.5}));
        group(() -> GroupAhp.checkWeights(2, new double[] {0.6, 0.6}));
        group(() -> GroupAhp.expertWeights(List.of(TWO, THREE), null));
        group(() -> GroupAhp.expertWeights(java.util.Arrays.asList(TWO, null), null));
        group(() -> group.evaluate(List.of(), null, PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980,
                ConsensusScale.DEFAULT));
        group(() -> group.evaluate(List.of(Hierarchy.of(HierarchyNode.node("g", "G", A, B)),
                        Hierarchy.of(HierarchyNode.node("g", "G", B, A))), null, PriorityMethod.EIGENVECTOR,
                RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT));
        group(() -> Consensus.of(List.of(), 9, ConsensusScale.DEFAULT));
        group(() -> Consensus.of(List.of(new double[] {0.5, 0.5}, new double[] {1}), 9, ConsensusScale.DEFAULT));
        group(() -> Consensus.of(List.of(new double[] {1, 0}), 9, ConsensusScale.DEFAULT));
        Double[][] split = {{1.0, null, null}, {null, 1.0, 2.0}, {null, 0.5, 1.0}};
        group(() -> GroupAhp.completeAll(List.of(IncompletePairwiseMatrix.of(split))));
        assertThat(seen).extracting(Text::key).contains("ahp.group.noMatrices", "ahp.group.noMatrix",
                "ahp.group.weightCount", "ahp.group.badWeight", "ahp.group.weightSum", "ahp.group.sizeDiffers",
                "ahp.group.noHierarchies", "ahp.group.hierarchyDiffers", "ahp.consensus.none",
                "ahp.consensus.lengthDiffers", "ahp.consensus.badPriority", "ahp.group.expertProblem");
        assertThat(chinese(seen.get(seen.size() - 1))).startsWith("专家 0：已有判断未能把所有元素连接起来");
    }

    private void matrix(Executable e) {
        Throwable t = run(e);
        assertThat(t).isInstanceOf(InvalidMatrixException.class);
        check(((InvalidMatrixException) t).text(), t);
    }

    private void hierarchy(Executable e) {
        Throwable t = run(e);
        assertThat(t).isInstanceOf(InvalidHierarchyException.class);
        check(((InvalidHierarchyException) t).text(), t);
    }

    private void group(Executable e) {
        Throwable t = run(e);
        assertThat(t).isInstanceOf(InvalidGroupException.class);
        check(((InvalidGroupException) t).text(), t);
    }

    private void check(Text text, Throwable t) {
        assertThat(t.getMessage()).isEqualTo(text.english());
        assertBothLanguages(text);
        seen.add(text);
    }

    private static Throwable run(Executable e) {
        Throwable t = catchThrowable(e::execute);
        assertThat(t).as("expected a refusal").isNotNull();
        return t;
    }
}
