package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.Workshop;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workshop's results rest on.
 *
 * @param quorum          the workshop's quorum (experts)
 * @param invited         participants invited and not revoked
 * @param finished        of them, those who finished
 * @param expertsPerNode  per compared node, the experts whose judgements enter the group
 * @param complete        every invited participant finished (so every group has their answers)
 * @param quorumMet       every compared node rests on at least {@code quorum} experts
 */
public record WorkshopStanding(int quorum, int invited, int finished, Map<String, Integer> expertsPerNode,
                               boolean complete, boolean quorumMet) {

    public WorkshopStanding {
        expertsPerNode = Collections.unmodifiableMap(new LinkedHashMap<>(expertsPerNode));
    }

    /** Below quorum, or a group without results: the ranking is provisional and there is no "consensus". */
    public boolean provisional() {
        return !quorumMet || !complete;
    }

    public boolean quorumMetAt(String nodeId) {
        return expertsPerNode.getOrDefault(nodeId, 0) >= quorum;
    }

    public static WorkshopStanding of(Workshop w, List<Participant> people, GroupSnapshot s) {
        List<Participant> invited = people.stream().filter(p -> !p.isRevoked()).toList();
        int finished = (int) invited.stream().filter(p -> p.getFinishedAt() != null).count();
        Map<String, Integer> perNode = new LinkedHashMap<>();
        for (NodeGroupResult n : s.nodes()) {
            perNode.put(n.nodeId(), (int) n.experts().stream().filter(ExpertNodeStatus::included).count());
        }
        int required = w.settings().quorumFor(invited.size());
        boolean quorumMet = !perNode.isEmpty() && perNode.values().stream().allMatch(c -> c >= required);
        boolean complete = !invited.isEmpty() && finished == invited.size() && s.complete();
        return new WorkshopStanding(required, invited.size(), finished, perNode, complete, quorumMet);
    }
}
