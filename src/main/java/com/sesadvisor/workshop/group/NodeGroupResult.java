package com.sesadvisor.workshop.group;

import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.engine.ahp.group.GroupResult;
import java.util.List;
import java.util.Optional;

/**
 * The group at one compared node.
 *
 * @param group            GroupAhp's aggregation (AIJ or AIP per the settings) of the included experts; empty when
 *                         no expert has finished the node
 * @param groupAssessment  AIJ only: the aggregated matrix judged by the rules (AHP-CR-001)
 * @param consensusReached S* at or above the workshop's threshold
 */
public record NodeGroupResult(String nodeId, String nodeName, List<String> elementIds, List<String> elementNames,
                              List<ExpertNodeStatus> experts, Optional<GroupResult> group,
                              Optional<AhpAssessment> groupAssessment, boolean consensusReached) {

    public NodeGroupResult {
        elementIds = List.copyOf(elementIds);
        elementNames = List.copyOf(elementNames);
        experts = List.copyOf(experts);
    }

    /** How many experts the group numbers rest on (those included in the group result). */
    public int restsOn() {
        return (int) experts.stream().filter(ExpertNodeStatus::included).count();
    }
}
