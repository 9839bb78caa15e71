package com.sesadvisor.workshop.facilitation;

import java.util.Optional;

/**
 * An expert's view of the live session: their name, the workshop, the shared state (if a session is running) and
 * their own vote in the current round.
 */
public record ExpertSeat(long participantId, String expertName, long workshopId, String workshopName,
                                Optional<SessionState> session, Optional<Double> myVote) {
}
