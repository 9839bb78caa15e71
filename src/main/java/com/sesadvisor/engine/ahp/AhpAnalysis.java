package com.sesadvisor.engine.ahp;

import java.util.Optional;

/**
 * The full answer for one pairwise matrix (what {@code POST /api/ahp/priorities} returns, minus the rule findings).
 *
 * @param result      priorities, λmax, CI, CR, method, RI table, tolerances
 * @param diagnostics judgements to revise and the most inconsistent triad
 * @param completion  Harker's completion when judgements were missing (then {@code result} is that of the
 *                    completed matrix)
 */
public record AhpAnalysis(AhpResult result, ConsistencyDiagnostics diagnostics, Optional<HarkerCompletion> completion) {

    public AhpAnalysis {
        if (result == null || diagnostics == null || completion == null) {
            throw new IllegalArgumentException("result, diagnostics and completion (possibly empty) are required.");
        }
    }

    /** Number of judgements that were missing and completed (0 for a complete matrix). */
    public int missingCount() {
        return completion.map(HarkerCompletion::missingCount).orElse(0);
    }
}
