/**
 * Facilitated live sessions: the facilitator leads the committee through a workshop's comparisons pair by pair
 * and every connected expert's screen follows in real time (Vaadin Push). Experts vote through their invitation
 * link; each vote goes through {@code answers.ExpertJudgementService}, so it lands in the same
 * {@code ExpertJudgement} rows as answers given alone, and results, reports and the API see one truth. The session's
 * position, its facilitator and the votes per round are stored ({@link FacilitatedSession}, {@link SessionVote});
 * the live broadcast ({@link SessionBroadcaster}) is per application instance. Screens are in {@code ui}.
 */
package com.sesadvisor.workshop.facilitation;
