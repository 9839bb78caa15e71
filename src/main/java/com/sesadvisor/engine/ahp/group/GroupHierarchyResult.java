package com.sesadvisor.engine.ahp.group;

import com.sesadvisor.engine.ahp.hierarchy.HierarchyResult;
import java.util.List;
import java.util.Map;

/**
 * A workshop's hierarchy: the group hierarchy (every node's matrix aggregated by AIJ), each expert's own evaluation,
 * the consensus per node and for the hierarchy as a whole.
 *
 * @param group               evaluation of the hierarchy with the aggregated matrices
 * @param experts             each expert's own evaluation (same order as the input)
 * @param expertWeights       λ_k used
 * @param nodeConsensus       S* per node id over the experts' local priority vectors at that node
 * @param hierarchyConsensus  S* over the experts' global leaf weights (AHP-OS convention for a whole project)
 */
public record GroupHierarchyResult(
        HierarchyResult group,
        List<HierarchyResult> experts,
        double[] expertWeights,
        Map<String, Consensus> nodeConsensus,
        Consensus hierarchyConsensus) {

    public GroupHierarchyResult {
        if (group == null || experts == null || expertWeights == null || nodeConsensus == null
                || hierarchyConsensus == null) {
            throw new IllegalArgumentException("All parts of a group hierarchy result are required.");
        }
        experts = List.copyOf(experts);
        expertWeights = expertWeights.clone();
        nodeConsensus = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodeConsensus));
    }

    @Override
    public double[] expertWeights() {
        return expertWeights.clone();
    }
}
