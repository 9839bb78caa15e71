package com.sesadvisor.workshop;

import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.text.Text;

/**
 * How a workshop turns several experts into one answer.
 *
 * @param aggregation         AIJ (judgements) or AIP (priorities), Forman and Peniwati 1998
 * @param consensusThreshold  S* at or above which a node counts as agreed (default 0.75, the top of Goepel's
 *                            "moderate" band)
 * @param excludeInconsistent true: experts whose node fails rule AHP-CR-001 are left out of that node's group
 *                            weights; false: they are kept and the facilitator sees a warning
 * @param expertsSeeGroup     whether experts see the group weights on their invitation page
 * @param quorum              how many experts every compared node needs before its group result is the committee's
 *                            (and the ranking is final); null = a majority of the invited experts
 */
public record WorkshopSettings(AggregationMethod aggregation, double consensusThreshold, boolean excludeInconsistent,
                               boolean expertsSeeGroup, Integer quorum) {

    /** Most experts a facilitator may require (far above any committee this tool is meant for). */
    public static final int MAX_QUORUM = 100;

    public static final double DEFAULT_CONSENSUS_THRESHOLD = 0.75;

    public WorkshopSettings {
        if (aggregation == null) {
            throw new WorkshopInputException("aggregation", Text.of("workshop.error.aggregation"));
        }
        if (!(consensusThreshold > 0 && consensusThreshold <= 1)) {
            throw new WorkshopInputException("consensusThreshold", Text.of("workshop.error.consensusThreshold"));
        }
        if (quorum != null && (quorum < 1 || quorum > MAX_QUORUM)) {
            throw new WorkshopInputException("quorum", Text.of("workshop.error.quorum", MAX_QUORUM));
        }
    }

    /** Settings with the default quorum (a majority of the invited experts). */
    public WorkshopSettings(AggregationMethod aggregation, double consensusThreshold, boolean excludeInconsistent,
                            boolean expertsSeeGroup) {
        this(aggregation, consensusThreshold, excludeInconsistent, expertsSeeGroup, null);
    }

    /**
     * The quorum for {@code invited} experts: the facilitator's number, else a majority ({@code invited / 2 + 1}).
     */
    public int quorumFor(int invited) {
        return quorum != null ? quorum : invited / 2 + 1;
    }

    public static WorkshopSettings defaults() {
        return new WorkshopSettings(AggregationMethod.AIJ, DEFAULT_CONSENSUS_THRESHOLD, false, false);
    }
}
