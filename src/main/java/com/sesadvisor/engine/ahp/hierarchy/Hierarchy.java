package com.sesadvisor.engine.ahp.hierarchy;

import com.sesadvisor.engine.ahp.AhpAnalysis;
import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.DisconnectedComparisonsException;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.InvalidMatrixException;
import com.sesadvisor.engine.ahp.NotConvergedException;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An AHP hierarchy of any depth: goal, criteria, sub-criteria (indicators) and, optionally, alternatives compared
 * under every leaf. Immutable; the {@code with...} methods return edited copies (for a committee editing the
 * default hierarchy).
 *
 * @param goal         the root node
 * @param alternatives names of the alternatives compared under each leaf; empty when the hierarchy only weighs
 *                     indicators (e.g. to feed TOPSIS)
 */
public record Hierarchy(HierarchyNode goal, List<String> alternatives) {

    public Hierarchy {
        if (goal == null) {
            throw new InvalidHierarchyException(null, Text.of("ahp.hierarchy.noGoal"));
        }
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        if (alternatives.size() == 1) {
            throw new InvalidHierarchyException(null, Text.of("ahp.hierarchy.oneAlternative"));
        }
        Set<String> ids = new HashSet<>();
        check(goal, ids, alternatives.size());
    }

    /** A hierarchy without alternatives (weights of the leaves only). */
    public static Hierarchy of(HierarchyNode goal) {
        return new Hierarchy(goal, List.of());
    }

    private static void check(HierarchyNode node, Set<String> ids, int alternatives) {
        if (!ids.add(node.id())) {
            throw new InvalidHierarchyException(node.id(), Text.of("ahp.hierarchy.duplicateId", node.id()));
        }
        if (node.isLeaf() && node.judgements().isPresent()) {
            int size = node.judgements().get().size();
            if (alternatives == 0) {
                throw new InvalidHierarchyException(node.id(),
                        Text.of("ahp.hierarchy.leafWithoutAlternatives", node.id()));
            }
            if (size != alternatives) {
                throw new InvalidHierarchyException(node.id(), Text.of("ahp.hierarchy.leafSize", node.id(), size,
                        alternatives));
            }
        }
        for (HierarchyNode child : node.children()) {
            check(child, ids, alternatives);
        }
    }

    /** The node with this id. */
    public HierarchyNode node(String id) {
        return find(goal, id).orElseThrow(() -> new InvalidHierarchyException(id, Text.of("ahp.hierarchy.noNode", id)));
    }

    private static Optional<HierarchyNode> find(HierarchyNode node, String id) {
        if (node.id().equals(id)) {
            return Optional.of(node);
        }
        for (HierarchyNode child : node.children()) {
            Optional<HierarchyNode> found = find(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Leaves in depth-first order (the order of {@link HierarchyResult#leafWeights()}). */
    public List<HierarchyNode> leaves() {
        List<HierarchyNode> out = new ArrayList<>();
        collectLeaves(goal, out);
        return List.copyOf(out);
    }

    private static void collectLeaves(HierarchyNode node, List<HierarchyNode> out) {
        if (node.isLeaf()) {
            out.add(node);
        }
        for (HierarchyNode child : node.children()) {
            collectLeaves(child, out);
        }
    }

    /** All nodes, depth-first pre-order starting at the goal. */
    public List<HierarchyNode> nodes() {
        List<HierarchyNode> out = new ArrayList<>();
        collectAll(goal, out);
        return List.copyOf(out);
    }

    private static void collectAll(HierarchyNode node, List<HierarchyNode> out) {
        out.add(node);
        for (HierarchyNode child : node.children()) {
            collectAll(child, out);
        }
    }

    /** A copy with the judgements of one node replaced. */
    public Hierarchy withJudgements(String nodeId, IncompletePairwiseMatrix matrix) {
        node(nodeId);
        return new Hierarchy(replace(goal, nodeId, n -> n.withJudgements(matrix)), alternatives);
    }

    public Hierarchy withJudgements(String nodeId, PairwiseMatrix matrix) {
        return withJudgements(nodeId, IncompletePairwiseMatrix.from(matrix));
    }

    /** A copy with a child appended under a node (whose judgements are dropped: the matrix grows). */
    public Hierarchy withChild(String parentId, HierarchyNode child) {
        node(parentId);
        return new Hierarchy(replace(goal, parentId, n -> n.withChild(child)), alternatives);
    }

    /** A copy without a node (and its subtree); the parent's judgements are dropped: the matrix shrinks. */
    public Hierarchy without(String nodeId) {
        if (goal.id().equals(nodeId)) {
            throw new InvalidHierarchyException(nodeId, Text.of("ahp.hierarchy.goalRemoved"));
        }
        node(nodeId);
        return new Hierarchy(remove(goal, nodeId), alternatives);
    }

    private static HierarchyNode replace(HierarchyNode node, String id, UnaryOperator<HierarchyNode> edit) {
        if (node.id().equals(id)) {
            return edit.apply(node);
        }
        List<HierarchyNode> children = new ArrayList<>();
        for (HierarchyNode child : node.children()) {
            children.add(replace(child, id, edit));
        }
        return node.withChildren(children, true);
    }

    private static HierarchyNode remove(HierarchyNode node, String id) {
        List<HierarchyNode> children = new ArrayList<>();
        boolean removed = false;
        for (HierarchyNode child : node.children()) {
            if (child.id().equals(id)) {
                removed = true;
            } else {
                children.add(remove(child, id));
            }
        }
        return node.withChildren(children, !removed);
    }

    /**
     * Global weights of the leaves from given local weights (e.g. a group's, aggregated node by node): the product
     * of the local weights from the goal down, the rule {@link #evaluate()} applies; a single child inherits its
     * parent's whole weight. Depth-first order. Leaves below a node without (matching) local weights are left out.
     *
     * @param localWeights the local weights of every node with two or more children, by node id
     */
    public Map<String, Double> globalLeafWeights(Map<String, double[]> localWeights) {
        Map<String, Double> out = new LinkedHashMap<>();
        globalWeights(localWeights).forEach((id, w) -> {
            if (find(goal, id).orElseThrow().isLeaf()) {
                out.put(id, w);
            }
        });
        return out;
    }

    /**
     * Global weight of every node (the goal 1), depth-first pre-order: the product of the local weights from the
     * goal down; a single child inherits its parent's whole weight. The descent stops below a node whose local
     * weights are missing or do not match its children (e.g. a group without results yet), so those nodes have no
     * entry. The one place this product is formed; the workshop's committee record and the group results use it.
     *
     * @param localWeights the local weights of nodes with two or more children, by node id
     */
    public Map<String, Double> globalWeights(Map<String, double[]> localWeights) {
        Map<String, Double> out = new LinkedHashMap<>();
        descend(goal, 1.0, localWeights, out);
        return out;
    }

    private static void descend(HierarchyNode node, double global, Map<String, double[]> local,
                                Map<String, Double> out) {
        out.put(node.id(), global);
        List<HierarchyNode> children = node.children();
        double[] w = children.size() == 1 ? new double[] {1.0} : local.get(node.id());
        if (w == null || w.length != children.size()) {
            return;
        }
        for (int c = 0; c < children.size(); c++) {
            descend(children.get(c), global * w[c], local, out);
        }
    }

    /** {@link #evaluate(PriorityMethod, RandomIndexTable)} with EV and Saaty 1980. */
    public HierarchyResult evaluate() {
        return evaluate(PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980);
    }

    /**
     * Local weights at every node, global weights (product of local weights along the path from the goal) and, if
     * there are alternatives, their composite scores {@code Σ_leaf global(leaf) * local priority under the leaf}
     * (distributive synthesis, Saaty 1990).
     *
     * @throws InvalidHierarchyException naming the first node whose judgements are missing
     * @throws InvalidMatrixException or {@link DisconnectedComparisonsException} for a bad node matrix
     */
    public HierarchyResult evaluate(PriorityMethod method, RandomIndexTable table) {
        AhpCalculator calculator = new AhpCalculator();
        List<HierarchyResult.NodeResult> out = new ArrayList<>();
        double[] scores = new double[alternatives.size()];
        walk(goal, List.of(), 0, 1.0, 1.0, calculator, method, table, out, scores);
        return new HierarchyResult(out, alternatives, scores, method, table);
    }

    private void walk(HierarchyNode node, List<String> parentPath, int depth, double local, double global,
            AhpCalculator calculator, PriorityMethod method, RandomIndexTable table,
            List<HierarchyResult.NodeResult> out, double[] scores) {
        List<String> path = new ArrayList<>(parentPath);
        path.add(node.id());
        Optional<AhpAnalysis> analysis = Optional.empty();
        int compared = node.isLeaf() ? alternatives.size() : node.children().size();
        if (compared >= 2) {
            IncompletePairwiseMatrix m = node.judgements().orElseThrow(() -> new InvalidHierarchyException(node.id(),
                    Text.of("ahp.hierarchy.noJudgements", node.id(), node.name(),
                            Text.of(node.isLeaf() ? "ahp.hierarchy.compareAlternatives" : "ahp.hierarchy.compareChildren"))));
            try {
                analysis = Optional.of(calculator.analyse(m, method, table));
            } catch (InvalidMatrixException e) {
                throw new InvalidHierarchyException(node.id(), Text.of("ahp.hierarchy.nodeProblem", node.id(), e.text()));
            } catch (DisconnectedComparisonsException e) {
                throw new InvalidHierarchyException(node.id(), Text.of("ahp.hierarchy.nodeProblem", node.id(), e.text()));
            } catch (NotConvergedException e) {
                throw new InvalidHierarchyException(node.id(), Text.of("ahp.hierarchy.nodeProblem", node.id(), e.text()));
            }
        }
        out.add(new HierarchyResult.NodeResult(node.id(), node.name(), path, depth, node.isLeaf(), local, global,
                analysis));
        if (node.isLeaf()) {
            if (analysis.isPresent()) {
                AhpResult r = analysis.get().result();
                for (int a = 0; a < scores.length; a++) {
                    scores[a] += global * r.weight(a);
                }
            }
            return;
        }
        List<HierarchyNode> children = node.children();
        for (int c = 0; c < children.size(); c++) {
            double childLocal = analysis.isPresent() ? analysis.get().result().weight(c) : 1.0;
            walk(children.get(c), path, depth + 1, childLocal, global * childLocal, calculator, method, table, out,
                    scores);
        }
    }
}
