package com.sesadvisor.workshop.answers;

import java.time.Instant;
import java.util.List;

/** What an invited expert sees: only their own judgements (and the group's weights if the workshop allows it). */
public record ExpertWorkspace(String participantName, String workshopName, String purpose, Instant expiresAt,
                              List<NodeTask> nodes, boolean finished, boolean groupVisible) {

    public ExpertWorkspace {
        nodes = List.copyOf(nodes);
    }

    public long closedNodes() {
        return nodes.stream().filter(NodeTask::closed).count();
    }

    public boolean canFinish() {
        return !finished && nodes.stream().allMatch(NodeTask::closed);
    }
}
