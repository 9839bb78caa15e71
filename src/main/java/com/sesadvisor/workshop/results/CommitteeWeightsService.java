package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.group.GroupJudgementAggregator;
import com.sesadvisor.workshop.group.GroupSnapshot;
import com.sesadvisor.engine.ahp.group.Consensus;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hand-over to the results part: call {@link #outcome(long)} with a workshop id. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CommitteeWeightsService {

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final GroupJudgementAggregator groups;

    CommitteeWeightsService(WorkshopRepository workshops, ParticipantRepository participants,
                           ExpertJudgementRepository judgements, GroupJudgementAggregator groups) {
        this.workshops = workshops;
        this.participants = participants;
        this.judgements = judgements;
        this.groups = groups;
    }

    /**
     * The workshop's scenario and the group's weights as they stand now.
     *
     * @throws WorkshopNotFoundException for an unknown id
     */
    public WorkshopOutcome outcome(long workshopId) {
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        return describe(w, groups.compute(w, participants.findByWorkshopIdOrderById(workshopId),
                judgements.findByParticipantWorkshopId(workshopId)));
    }

    /**
     * The outcome of {@code w} from its group computation. Not secured: callers in this package decide who may see
     * it (e.g. {@link WorkshopRankingService} for the holder of an invitation link, who has no account).
     */
    static WorkshopOutcome describe(Workshop w, GroupSnapshot s) {
        WorkshopSetup setup = WorkshopSetupService.describe(w);
        Map<String, Consensus> nodeConsensus = new LinkedHashMap<>();
        s.nodes().forEach(n -> n.group().ifPresent(g -> nodeConsensus.put(n.nodeId(), g.consensus())));
        Map<String, Integer> nodeExperts = new LinkedHashMap<>();
        s.nodes().forEach(n -> nodeExperts.put(n.nodeId(), n.restsOn()));
        return new WorkshopOutcome(w.getId(), w.getName(), setup.assumptions(), setup.mechanisms(), setup.ruleSet(),
                s.leafWeights(), s.criteriaWeights(), s.complete(), s.missingNodes(), s.settings().aggregation(),
                s.hierarchyConsensus(), nodeConsensus, s.findings(), s.quorum(), nodeExperts);
    }
}
