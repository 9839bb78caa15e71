package com.sesadvisor.workshop.setup;

import com.sesadvisor.workshop.InvitationProblem;
import com.sesadvisor.workshop.ParticipantProfile;
import java.time.Instant;
import java.util.Optional;

/**
 * A participant as the facilitator sees it, with the invitation link's token (the facilitator hands it over).
 *
 * @param invitation null when the link works, else why it does not
 */
public record ParticipantSummary(long id, long version, ParticipantProfile profile, String token, Instant expiresAt,
                                 InvitationProblem invitation, Optional<Instant> finishedAt) {

    public String invitePath() {
        return "invite/" + token;
    }
}
