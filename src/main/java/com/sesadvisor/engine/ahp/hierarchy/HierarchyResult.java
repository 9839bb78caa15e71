package com.sesadvisor.engine.ahp.hierarchy;

import com.sesadvisor.engine.ahp.AhpAnalysis;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.engine.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Result of evaluating a {@link Hierarchy}.
 *
 * @param nodes             every node, depth-first pre-order from the goal, with local and global weights and the
 *                          analysis (priorities, CR, diagnostics, completion) of the node's own matrix
 * @param alternatives      names of the alternatives (may be empty)
 * @param alternativeScores composite priority of each alternative (same order; empty when there are none)
 * @param method            priority method used at every node
 * @param randomIndexTable  RI table asked for (each node's result says which table was effective for its size)
 */
public record HierarchyResult(
        List<NodeResult> nodes,
        List<String> alternatives,
        double[] alternativeScores,
        PriorityMethod method,
        RandomIndexTable randomIndexTable) {

    public HierarchyResult {
        if (nodes == null || nodes.isEmpty() || alternatives == null || alternativeScores == null || method == null
                || randomIndexTable == null) {
            throw new IllegalArgumentException("All parts of a hierarchy result are required.");
        }
        if (alternatives.size() != alternativeScores.length) {
            throw new IllegalArgumentException(alternatives.size() + " alternatives but " + alternativeScores.length
                    + " scores.");
        }
        for (double s : alternativeScores) {
            if (!Double.isFinite(s) || s < 0) {
                throw new IllegalArgumentException("Alternative score " + s + " is not finite and non-negative.");
            }
        }
        nodes = List.copyOf(nodes);
        alternatives = List.copyOf(alternatives);
        alternativeScores = alternativeScores.clone();
    }

    @Override
    public double[] alternativeScores() {
        return alternativeScores.clone();
    }

    /** Global weights of the leaves (indicators) by node id, in depth-first order; they sum to 1. */
    public Map<String, Double> leafWeights() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (NodeResult n : nodes) {
            if (n.leaf()) {
                out.put(n.id(), n.globalWeight());
            }
        }
        return out;
    }

    /** Global leaf weights as a vector (depth-first order). */
    public double[] leafWeightVector() {
        return nodes.stream().filter(NodeResult::leaf).mapToDouble(NodeResult::globalWeight).toArray();
    }

    public NodeResult node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidHierarchyException(id, Text.of("ahp.result.noNode", id)));
    }

    /** Largest CR over all node matrices (0 when no node has a matrix of size >= 3). */
    public double maxConsistencyRatio() {
        return nodes.stream().flatMap(n -> n.analysis().stream()).mapToDouble(a -> a.result().cr()).max().orElse(0.0);
    }

    /**
     * One node of the result.
     *
     * @param id           node id
     * @param name         node name
     * @param path         ids from the goal to this node (inclusive)
     * @param depth        0 for the goal
     * @param leaf         true for an indicator (no children)
     * @param localWeight  weight among its siblings (1 for the goal and for an only child)
     * @param globalWeight product of the local weights along the path
     * @param analysis     the node's own matrix (children, or alternatives under a leaf); empty when there is none
     */
    public record NodeResult(
            String id,
            String name,
            List<String> path,
            int depth,
            boolean leaf,
            double localWeight,
            double globalWeight,
            Optional<AhpAnalysis> analysis) {

        public NodeResult {
            if (id == null || name == null || path == null || analysis == null) {
                throw new IllegalArgumentException("id, name, path and analysis (possibly empty) are required.");
            }
            if (!(localWeight > 0 && localWeight <= 1) || !(globalWeight > 0 && globalWeight <= 1 + 1e-12)) {
                throw new IllegalArgumentException("Node '" + id + "' has local weight " + localWeight
                        + " and global weight " + globalWeight + "; both must lie in (0, 1].");
            }
            path = List.copyOf(path);
        }

        /** CR of the node's matrix, if it has one. */
        public Optional<Double> cr() {
            return analysis.map(a -> a.result().cr());
        }
    }
}
