package com.sesadvisor.workshop.group;

import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.consistency.NodeConsistency;
import java.util.List;
import java.util.Optional;

/**
 * One expert at one node, as the facilitator sees it.
 *
 * @param consistency empty until the answers connect every element
 * @param included    whether this expert's judgements enter the group weights (done, and not excluded for
 *                    inconsistency under the workshop's setting)
 * @param comments    why the expert judged pairs as they did (issue 16), in pair order
 */
public record ExpertNodeStatus(long participantId, String name, double expertiseWeight, JudgementStatus status,
                               Optional<NodeConsistency> consistency, boolean included, List<PairComment> comments) {

    public ExpertNodeStatus {
        comments = List.copyOf(comments);
    }

    /** An expert with no comments (no stored judgement at the node yet). */
    public ExpertNodeStatus(long participantId, String name, double expertiseWeight, JudgementStatus status,
                            Optional<NodeConsistency> consistency, boolean included) {
        this(participantId, name, expertiseWeight, status, consistency, included, List.of());
    }

    /** The comment on the pair of elements {@code row} and {@code col} (row < col), named for the reader. */
    public record PairComment(int row, int col, String left, String right, String text) {
    }
}
