package com.sesadvisor.workshop.invitation;

import com.sesadvisor.workshop.InvitationProblem;

/** The invitation token is unknown, expired or revoked: the expert page shows why and nothing else. */
public final class InvalidInvitationException extends RuntimeException {

    private final InvitationProblem problem;

    public InvalidInvitationException(InvitationProblem problem) {
        super("Invitation " + problem.name().toLowerCase(java.util.Locale.ROOT));
        this.problem = problem;
    }

    public InvitationProblem problem() {
        return problem;
    }
}
