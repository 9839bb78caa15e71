package com.sesadvisor.api;

import java.util.List;

/** Response of {@code POST /api/ahp/group}; field names are a contract (shared/spec/api.md). */
record AhpGroupResponse(
        double[] weights,
        Double lambdaMax,
        Double cr,
        Boolean consistent,
        double[][] aggregatedMatrix,
        double consensus,
        String consensusLabel,
        List<ExpertConsistency> expertConsistency,
        List<Integer> excludedExperts,
        double[] expertWeights,
        String aggregation,
        String method,
        String randomIndex,
        List<FindingDto> findings,
        List<String> firedRules,
        String ruleBaseVersion,
        List<String> notes) {

    /** An expert's own consistency; {@code consistent} is the rule base's verdict (no AHP-GRP-001). */
    record ExpertConsistency(int expert, double cr, boolean consistent, boolean excluded) {
    }
}
