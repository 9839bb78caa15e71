package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.group.GroupJudgementAggregator;
import com.sesadvisor.workshop.group.GroupSnapshot;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopLogEntry;
import com.sesadvisor.workshop.WorkshopLogRepository;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.setup.ParticipantService;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.security.Actor;
import java.time.Clock;
import java.util.List;
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
    private final WorkshopLogRepository log;
    private final Actor actor;

    FacilitationService(WorkshopRepository workshops, ParticipantRepository participants,
                        ExpertJudgementRepository judgements, ParticipantService participantService,
                        GroupJudgementAggregator groups, Clock clock, WorkshopLogRepository log, Actor actor) {
        this.workshops = workshops;
        this.participants = participants;
        this.judgements = judgements;
        this.participantService = participantService;
        this.groups = groups;
        this.clock = clock;
        this.log = log;
        this.actor = actor;
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
     * Opens groups again for some experts (the API's reopen): each (group, expert) pair goes through
     * {@link #reopen(long, String, Long)}, so answers stay as the starting point and the log records it.
     *
     * @param participantIds null or empty for every participant
     * @param nodeIds        null or empty for every compared group
     * @return how many judgements were reopened
     * @throws com.sesadvisor.workshop.WorkshopInputException naming a participant or group not in the workshop
     */
    public int reopenMany(long workshopId, java.util.Collection<Long> participantIds,
                          java.util.Collection<String> nodeIds) {
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        java.util.Set<Long> known = new java.util.HashSet<>();
        participants.findByWorkshopIdOrderById(workshopId).forEach(p -> known.add(p.getId()));
        java.util.Set<String> nodes = new java.util.HashSet<>();
        com.sesadvisor.workshop.WorkshopHierarchy.fromRows(w.getNodes()).forEach(n -> nodes.add(n.id()));
        boolean allPeople = participantIds == null || participantIds.isEmpty();
        boolean allNodes = nodeIds == null || nodeIds.isEmpty();
        if (!allPeople) {
            participantIds.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
                throw new WorkshopInputException("participants", Text.of("workshop.error.participant"));
            });
        }
        if (!allNodes) {
            nodeIds.stream().filter(id -> !nodes.contains(id)).findFirst().ifPresent(id -> {
                throw new WorkshopInputException("nodes", Text.of("workshop.expert.error.noNode", id));
            });
        }
        java.util.List<Long> people = allPeople ? java.util.Collections.singletonList(null)
                : java.util.List.copyOf(participantIds);
        java.util.List<String> groups = allNodes ? java.util.Collections.singletonList(null)
                : java.util.List.copyOf(nodeIds);
        int count = 0;
        for (Long person : people) {
            for (String group : groups) {
                count += reopen(workshopId, group, person);
            }
        }
        return count;
    }

    /**
     * Opens a node again for every expert (e.g. after the committee discussed a disagreement).
     *
     * @return how many experts' judgements were reopened
     * @see #reopen(long, String, Long)
     */
    public int reopenNode(long workshopId, String nodeId) {
        return reopen(workshopId, nodeId, null);
    }

    /**
     * Opens judgements again: one node ({@code nodeId}) or every node (null), for one expert ({@code participantId})
     * or every expert (null). Their answers stay as the starting point: only the status goes back to open, so the
     * expert changes what they gave instead of starting over. Experts concerned who had finished can answer again.
     * Recorded in the workshop's log with who and when.
     *
     * @return how many answer sets were reopened (done or skipped before)
     */
    public int reopen(long workshopId, String nodeId, Long participantId) {
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        if (nodeId != null && com.sesadvisor.workshop.WorkshopHierarchy.fromRows(w.getNodes()).stream()
                .noneMatch(n -> n.id().equals(nodeId))) {
            throw new WorkshopInputException("nodeId", Text.of("workshop.error.unknownNode", nodeId));
        }
        List<Participant> people = participants.findByWorkshopIdOrderById(workshopId);
        if (participantId != null && people.stream().noneMatch(p -> p.getId().equals(participantId))) {
            throw new WorkshopInputException("participantId", Text.of("workshop.error.unknownParticipant",
                    participantId));
        }
        int count = 0;
        for (ExpertJudgement j : judgements.findByParticipantWorkshopId(workshopId)) {
            boolean node = nodeId == null || j.getNodeId().equals(nodeId);
            boolean expert = participantId == null || j.getParticipant().getId().equals(participantId);
            if (node && expert && j.getStatus() != JudgementStatus.OPEN) {
                j.setStatus(JudgementStatus.OPEN, clock.instant());
                count++;
            }
        }
        for (Participant p : people) {
            if (participantId == null || p.getId().equals(participantId)) {
                p.reopen(); // a finished expert must be able to answer the reopened node
            }
        }
        judgements.flush();
        log.save(new WorkshopLogEntry(workshopId, clock.instant(), actor.name("system"),
                WorkshopLogEntry.Action.REOPEN, nodeId, participantId, Integer.toString(count)));
        return count;
    }

    /** The workshop's log, newest first. */
    @Transactional(readOnly = true)
    public List<WorkshopLogEntry> log(long workshopId) {
        workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        return log.findByWorkshopIdOrderByAtDescIdDesc(workshopId);
    }
}
