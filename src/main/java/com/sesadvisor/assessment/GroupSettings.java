package com.sesadvisor.assessment;

import com.sesadvisor.engine.mcda.InvalidOptionException;

/**
 * Workshop settings for a group judgement.
 *
 * @param excludeInconsistentExperts true: an expert flagged by AHP-GRP-001 (own CR >= 0.10) is left out of the
 *                                   aggregation (expert weights renormalised); false (default): kept, with a warning
 * @param consensusThreshold         S* below which AHP-GRP-002 advises discussion (default 0.75, "moderate")
 */
public record GroupSettings(boolean excludeInconsistentExperts, double consensusThreshold) {

    public static final double DEFAULT_CONSENSUS_THRESHOLD = 0.75;

    public GroupSettings {
        if (!Double.isFinite(consensusThreshold) || consensusThreshold < 0 || consensusThreshold > 1) {
            throw new InvalidOptionException("consensusThreshold", "must be in [0, 1], got " + consensusThreshold);
        }
    }

    public static GroupSettings defaults() {
        return new GroupSettings(false, DEFAULT_CONSENSUS_THRESHOLD);
    }
}
