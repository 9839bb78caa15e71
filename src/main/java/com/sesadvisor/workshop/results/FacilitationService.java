package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.setup.ParticipantService;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Live facilitation: progress, individual CRs, group weights, consensus, disagreements; reopening a node. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
public class FacilitationService {

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final ParticipantService participantService;
    private final GroupJudgementAggregator groups;
    private final Clock clock;

    FacilitationService(WorkshopRepository workshops, ParticipantRepository participants,
                        ExpertJudgementRepository judgements, ParticipantService participantService,
                        GroupJudgementAggregator groups, Clock clock) {
        this.workshops = workshops;
        this.participants = participants;
        this.judgements = judgements;
        this.participantService = participantService;
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LiveWorkshop live(long workshopId) {
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        var people = participants.findByWorkshopIdOrderById(workshopId);
        GroupSnapshot snapshot = groups.compute(w, people, judgements.findByParticipantWorkshopId(workshopId));
        return new LiveWorkshop(WorkshopSetupService.describe(w), people.stream().map(participantService::summary)
                .toList(), snapshot, clock.instant());
    }

    /**
     * Opens groups again for some experts (the API's reopen): their answers stay as the starting point, the groups
     * are no longer done or skipped, and those experts can answer again.
     *
     * @param participantIds null or empty for every participant
     * @param nodeIds        null or empty for every compared group
     * @return how many judgements were reopened
     * @throws com.sesadvisor.workshop.WorkshopInputException naming a participant or group not in the workshop
     */
    public int reopen(long workshopId, java.util.Collection<Long> participantIds,
                      java.util.Collection<String> nodeIds) {
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        java.util.List<Participant> people = participants.findByWorkshopIdOrderById(workshopId);
        java.util.Set<Long> known = new java.util.HashSet<>();
        people.forEach(p -> known.add(p.getId()));
        java.util.Set<String> nodes = new java.util.HashSet<>();
        com.sesadvisor.workshop.WorkshopHierarchy.comparedNodes(com.sesadvisor.workshop.WorkshopHierarchy
                .toHierarchy(com.sesadvisor.workshop.WorkshopHierarchy.fromRows(w.getNodes())))
                .forEach(n -> nodes.add(n.id()));
        boolean allPeople = participantIds == null || participantIds.isEmpty();
        boolean allNodes = nodeIds == null || nodeIds.isEmpty();
        if (!allPeople) {
            participantIds.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
                throw new com.sesadvisor.workshop.WorkshopInputException("participants",
                        com.sesadvisor.engine.text.Text.of("workshop.error.participant"));
            });
        }
        if (!allNodes) {
            nodeIds.stream().filter(id -> !nodes.contains(id)).findFirst().ifPresent(id -> {
                throw new com.sesadvisor.workshop.WorkshopInputException("nodes",
                        com.sesadvisor.engine.text.Text.of("workshop.expert.error.noNode", id));
            });
        }
        int count = 0;
        for (ExpertJudgement j : judgements.findByParticipantWorkshopId(workshopId)) {
            boolean person = allPeople || participantIds.contains(j.getParticipant().getId());
            boolean node = allNodes || nodeIds.contains(j.getNodeId());
            if (person && node && j.getStatus() != JudgementStatus.OPEN) {
                j.setStatus(JudgementStatus.OPEN, clock.instant());
                count++;
            }
        }
        for (Participant p : people) {
            if (allPeople || participantIds.contains(p.getId())) {
                p.reopen();
            }
        }
        judgements.flush();
        return count;
    }

    /**
     * Opens a node again for every expert (e.g. after the committee discussed a disagreement): their answers stay as
     * a starting point, the node is no longer done or skipped, and experts who had finished can change it again.
     *
     * @return how many experts' judgements were reopened
     */
    public int reopenNode(long workshopId, String nodeId) {
        workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        int count = 0;
        for (ExpertJudgement j : judgements.findByParticipantWorkshopIdAndNodeId(workshopId, nodeId)) {
            if (j.getStatus() != JudgementStatus.OPEN) {
                j.setStatus(JudgementStatus.OPEN, clock.instant());
                count++;
            }
        }
        for (Participant p : participants.findByWorkshopIdOrderById(workshopId)) {
            p.reopen(); // a finished expert must be able to answer the reopened node
        }
        judgements.flush();
        return count;
    }
}
