package com.sesadvisor.workshop.group;

import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.NodeConsistency;
import java.util.Optional;

/**
 * One expert at one node, as the facilitator sees it.
 *
 * @param consistency empty until the answers connect every element
 * @param included    whether this expert's judgements enter the group weights (done, and not excluded for
 *                    inconsistency under the workshop's setting)
 */
public record ExpertNodeStatus(long participantId, String name, double expertiseWeight, JudgementStatus status,
                               Optional<NodeConsistency> consistency, boolean included) {
}
