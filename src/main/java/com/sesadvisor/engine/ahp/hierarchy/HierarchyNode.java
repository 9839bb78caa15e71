package com.sesadvisor.engine.ahp.hierarchy;

import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A node of an AHP hierarchy (goal, criterion, sub-criterion or indicator). Immutable.
 *
 * <p>The node's own pairwise matrix compares its children; on a leaf it compares the hierarchy's alternatives (if
 * the hierarchy has any). A node with one child needs no matrix (local weight 1); a node whose judgements are not
 * yet entered has {@code judgements = Optional.empty()}.
 *
 * @param id          stable identifier, unique in the hierarchy
 * @param name        label shown to the committee
 * @param description free text (e.g. unit and source of an indicator), may be empty
 * @param children    sub-nodes in the order of the matrix rows
 * @param judgements  pairwise matrix over the children (or over the alternatives on a leaf), possibly incomplete
 */
public record HierarchyNode(
        String id,
        String name,
        String description,
        List<HierarchyNode> children,
        Optional<IncompletePairwiseMatrix> judgements) {

    public HierarchyNode {
        if (id == null || id.isBlank()) {
            throw new InvalidHierarchyException(id, Text.of("ahp.node.blankId"));
        }
        if (name == null || name.isBlank()) {
            throw new InvalidHierarchyException(id, Text.of("ahp.node.noName", id));
        }
        description = description == null ? "" : description;
        children = children == null ? List.of() : List.copyOf(children);
        judgements = judgements == null ? Optional.empty() : judgements;
        if (!children.isEmpty() && judgements.isPresent() && judgements.get().size() != children.size()) {
            throw new InvalidHierarchyException(id, Text.of("ahp.node.matrixSize", id, children.size(),
                    judgements.get().size()));
        }
    }

    /** A leaf (indicator) without judgements. */
    public static HierarchyNode leaf(String id, String name) {
        return new HierarchyNode(id, name, "", List.of(), Optional.empty());
    }

    /** A leaf with a matrix comparing the hierarchy's alternatives under it. */
    public static HierarchyNode leaf(String id, String name, PairwiseMatrix alternatives) {
        return new HierarchyNode(id, name, "", List.of(), Optional.of(IncompletePairwiseMatrix.from(alternatives)));
    }

    /** An inner node whose judgements are still to be entered. */
    public static HierarchyNode node(String id, String name, HierarchyNode... children) {
        return new HierarchyNode(id, name, "", Arrays.asList(children), Optional.empty());
    }

    /** An inner node with a complete matrix over its children. */
    public static HierarchyNode node(String id, String name, PairwiseMatrix judgements, HierarchyNode... children) {
        return new HierarchyNode(id, name, "", Arrays.asList(children),
                Optional.of(IncompletePairwiseMatrix.from(judgements)));
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public HierarchyNode withJudgements(IncompletePairwiseMatrix matrix) {
        return new HierarchyNode(id, name, description, children, Optional.ofNullable(matrix));
    }

    public HierarchyNode withJudgements(PairwiseMatrix matrix) {
        return withJudgements(IncompletePairwiseMatrix.from(matrix));
    }

    public HierarchyNode withDescription(String text) {
        return new HierarchyNode(id, name, text, children, judgements);
    }

    /** This node with another child appended; the node's judgements are dropped because the matrix size changes. */
    public HierarchyNode withChild(HierarchyNode child) {
        List<HierarchyNode> list = new ArrayList<>(children);
        list.add(child);
        return new HierarchyNode(id, name, description, list, Optional.empty());
    }

    HierarchyNode withChildren(List<HierarchyNode> list, boolean keepJudgements) {
        return new HierarchyNode(id, name, description, list, keepJudgements ? judgements : Optional.empty());
    }
}
