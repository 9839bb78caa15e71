package com.sesadvisor.api;

import java.util.List;

/** Response of {@code POST /api/ahp/priorities}; field names are a contract (shared/spec/api.md). */
record AhpPrioritiesResponse(
        double[] weights,
        double lambdaMax,
        double ci,
        double cr,
        boolean consistent,
        String method,
        String randomIndex,
        double randomIndexValue,
        String solver,
        List<InconsistentJudgement> inconsistentJudgements,
        double[][] completedMatrix,
        List<List<Integer>> missingCells,
        List<FindingDto> findings,
        List<String> firedRules,
        String ruleBaseVersion) {

    /** One judgement worth revising: where, what it is, what would be consistent, and the CR after changing it. */
    record InconsistentJudgement(int row, int col, double value, double suggested, double deviation,
                                 double crIfChanged) {
    }
}
