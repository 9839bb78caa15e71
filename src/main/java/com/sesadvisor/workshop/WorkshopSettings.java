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
 */
public record WorkshopSettings(AggregationMethod aggregation, double consensusThreshold, boolean excludeInconsistent,
                               boolean expertsSeeGroup) {

    public static final double DEFAULT_CONSENSUS_THRESHOLD = 0.75;

    public WorkshopSettings {
        if (aggregation == null) {
            throw new WorkshopInputException("aggregation", Text.of("workshop.error.aggregation"));
        }
        if (!(consensusThreshold > 0 && consensusThreshold <= 1)) {
            throw new WorkshopInputException("consensusThreshold", Text.of("workshop.error.consensusThreshold"));
        }
    }

    public static WorkshopSettings defaults() {
        return new WorkshopSettings(AggregationMethod.AIJ, DEFAULT_CONSENSUS_THRESHOLD, false, false);
    }
}
