package com.sesadvisor.workshop.answers;

/**
 * How an expert reaches their answers: the personal link (no account), or their own account as a participant of the
 * workshop. Both lead to the same participant, the same pages and the same checks in {@link ExpertJudgementService}.
 */
public sealed interface ExpertCredential {

    /** The token of the personal invitation link; re-validated on every call (unknown, expired, revoked). */
    record Link(String token) implements ExpertCredential {
    }

    /**
     * A signed-in account acting as participant {@code participantId}: the account must be tied to that participant
     * (its user name, or issue 14's contact), or be a facilitator or administrator entering answers for them
     * (scripting through the API). A revoked participant is refused as its link would be.
     */
    record Account(long participantId) implements ExpertCredential {
    }

    static ExpertCredential link(String token) {
        return new Link(token);
    }
}
