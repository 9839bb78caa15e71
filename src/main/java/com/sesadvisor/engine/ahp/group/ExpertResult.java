package com.sesadvisor.engine.ahp.group;

import com.sesadvisor.engine.ahp.AhpResult;

/**
 * One expert's own priorities in a group (REST: an element of {@code expertConsistency}). Whether the CR is
 * acceptable is decided by the rule base (AHP-GRP-001), not here.
 *
 * @param expert 0-based index of the expert
 * @param weight the expert's weight λ_k in the aggregation
 * @param result priorities and CR of the expert's own matrix
 */
public record ExpertResult(int expert, double weight, AhpResult result) {

    public ExpertResult {
        if (expert < 0 || !(weight >= 0 && weight <= 1) || result == null) {
            throw new IllegalArgumentException("Expert " + expert + " with weight " + weight + " is invalid.");
        }
    }

    public double cr() {
        return result.cr();
    }
}
