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
     * (scripting through the API); when {@code workshopId} is given the participant must belong to it. A revoked participant is refused as its link would be.
     */
    record Account(long participantId, Long workshopId) implements ExpertCredential {

        /** As participant {@code participantId}, whatever workshop it belongs to (the screen's route). */
        public Account(long participantId) {
            this(participantId, null);
        }
    }

    static ExpertCredential link(String token) {
        return new Link(token);
    }
}
