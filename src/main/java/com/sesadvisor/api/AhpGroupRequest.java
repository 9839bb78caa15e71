package com.sesadvisor.api;

import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Body of {@code POST /api/ahp/group} (shared/spec/api.md). */
record AhpGroupRequest(
        @Schema(description = "One pairwise matrix per expert, all n x n; null marks a missing judgement")
        List<List<List<Double>>> matrices,
        @Schema(description = "Expert weights, one per expert, >= 0, summing to 1; default equal",
                example = "[0.6, 0.4]") List<Double> expertWeights,
        @Schema(description = "AIJ (default), AIP (= AIP_GEOMETRIC) or AIP_ARITHMETIC") String aggregation,
        @Schema(description = "EIGENVECTOR (default) or GEOMETRIC_MEAN") PriorityMethod method,
        @Schema(description = "SAATY_1980 (default), PAPER_2025 or ALONSO_LAMATA") RandomIndexTable randomIndex,
        @Schema(description = "true: experts whose own CR >= 0.10 are left out (AHP-GRP-001); default false (kept "
                + "with a warning)") Boolean excludeInconsistentExperts,
        @Schema(description = "S* below which discussion is advised (AHP-GRP-002), in [0, 1]; default 0.75")
        Double consensusThreshold) {
}
