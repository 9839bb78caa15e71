package com.sesadvisor.workshop.invitation;

import com.sesadvisor.workshop.InvitationProblem;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantRepository;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The one place that turns an invitation token into its participant. The token is the credential of someone
 * without an account, so every use re-checks it: unknown (mistyped, guessed, replaced), expired or revoked tokens
 * are refused with {@link InvalidInvitationException} and reveal nothing of the workshop.
 */
@Component
public class InvitationTokens {

    /** Tokens are 32 URL-safe characters; anything far longer is not worth a database query. */
    private static final int MAX_LENGTH = 64;

    private final ParticipantRepository participants;
    private final Clock clock;

    InvitationTokens(ParticipantRepository participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    /** The participant whose link this is, if the link can be used now. */
    public Participant valid(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            throw new InvalidInvitationException(InvitationProblem.UNKNOWN);
        }
        Participant p = participants.findByToken(token)
                .orElseThrow(() -> new InvalidInvitationException(InvitationProblem.UNKNOWN));
        InvitationProblem problem = p.problemAt(clock.instant());
        if (problem != null) {
            throw new InvalidInvitationException(problem);
        }
        return p;
    }
}
