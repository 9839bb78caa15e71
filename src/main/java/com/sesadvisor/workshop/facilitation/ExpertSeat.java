package com.sesadvisor.workshop.facilitation;

import java.util.Optional;

/**
 * An expert's view of the live session: their name, the workshop, the shared state (if a session is running),
 * their own vote in the current round and their comment on the pair on the table ("" for none).
 */
public record ExpertSeat(long participantId, String expertName, long workshopId, String workshopName,
                                Optional<SessionState> session, Optional<Double> myVote, String myComment) {
}
