package com.sesadvisor.workshop.group;

import com.sesadvisor.engine.text.Text;

/**
 * Something the committee should know about the group result, with where it comes from.
 *
 * @param code        a rule ID (e.g. AHP-CR-001) or one of the workshop's own codes in {@link Code}
 * @param nodeId      the node it concerns, or null for the whole hierarchy
 * @param explanation the numbers behind it (keys {@code workshop.findingDetail.*}), rendered in the reader's
 *                    language; the UI words the finding itself by code
 */
public record WorkshopFinding(String code, String nodeId, Text explanation) {

    /** The explanation in English, for logs. */
    public String detail() {
        return explanation.english();
    }

    /** The workshop's own findings (not rule-base rules: these describe data completeness and agreement). */
    public static final class Code {
        public static final String NODE_WITHOUT_JUDGEMENTS = "WS-NODE-EMPTY";
        public static final String INCONSISTENT_EXPERT_KEPT = "WS-CR-KEPT";
        public static final String INCONSISTENT_EXPERT_EXCLUDED = "WS-CR-EXCLUDED";
        public static final String CONSENSUS_BELOW_THRESHOLD = "WS-CONSENSUS-LOW";
        public static final String BELOW_QUORUM = "WS-QUORUM";

        private Code() {
        }
    }
}
