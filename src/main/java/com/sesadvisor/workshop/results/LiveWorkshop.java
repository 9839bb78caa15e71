package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.group.GroupSnapshot;
import com.sesadvisor.workshop.setup.ParticipantSummary;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import java.time.Instant;
import java.util.List;

/** The facilitator's live picture: who is where, and the group so far. {@code at} is when it was computed. */
public record LiveWorkshop(WorkshopSetup setup, List<ParticipantSummary> participants, GroupSnapshot group,
                           Instant at) {

    public LiveWorkshop {
        participants = List.copyOf(participants);
    }

    public long finishedCount() {
        return participants.stream().filter(p -> p.finishedAt().isPresent()).count();
    }
}
