package com.sesadvisor.workshop.group;

import com.sesadvisor.engine.ahp.group.Consensus;
import com.sesadvisor.workshop.WorkshopSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The group at one moment.
 *
 * @param leafWeights                global weights of the indicators (product of local group weights down the
 *                                   tree), keyed by indicator id; empty while a node of the criteria hierarchy
 *                                   has no group result (alternatives nodes do not hold them back)
 * @param criteriaWeights            global weights of the goal's children, keyed by id (same condition)
 * @param missingNodes               compared nodes without any expert's finished judgements
 * @param hierarchyConsensus         S* over the global leaf weights of the experts who finished every node
 * @param hierarchyConsensusExperts  how many experts that is
 * @param disagreements              the judgements with the widest disagreement first (at most {@value #TOP})
 * @param quorum                     experts every compared node needs before the result is the committee's
 */
public record GroupSnapshot(WorkshopSettings settings, List<NodeGroupResult> nodes, Map<String, Double> leafWeights,
                            Map<String, Double> criteriaWeights, List<String> missingNodes,
                            Optional<Consensus> hierarchyConsensus, int hierarchyConsensusExperts,
                            List<Disagreement> disagreements, List<WorkshopFinding> findings, Quorum quorum) {

    public static final int TOP = 5;

    public GroupSnapshot {
        nodes = List.copyOf(nodes);
        leafWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(leafWeights));
        criteriaWeights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteriaWeights));
        missingNodes = List.copyOf(missingNodes);
        disagreements = List.copyOf(disagreements);
        findings = List.copyOf(findings);
    }

    public boolean complete() {
        return missingNodes.isEmpty();
    }

    /** Compared nodes whose group result rests on fewer experts than the quorum (in hierarchy order). */
    public List<String> belowQuorum() {
        return nodes.stream().filter(n -> !quorum.metBy(n.restsOn())).map(NodeGroupResult::nodeId).toList();
    }

    /** The fewest experts any compared node rests on (0 without compared nodes). */
    public int fewestExperts() {
        return nodes.stream().mapToInt(NodeGroupResult::restsOn).min().orElse(0);
    }

    /**
     * Whether the result is provisional: a node has no group result yet, or rests on fewer experts than the quorum.
     * A provisional result is never called a consensus or the committee's.
     */
    public boolean provisional() {
        return !complete() || !belowQuorum().isEmpty();
    }
}
