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
