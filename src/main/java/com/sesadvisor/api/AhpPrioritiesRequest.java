package com.sesadvisor.api;

import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Body of {@code POST /api/ahp/priorities} (shared/spec/api.md). */
record AhpPrioritiesRequest(
        @Schema(description = "Pairwise matrix, row-wise: matrix[i][j] = how many times element i is preferred to j. "
                + "null marks a missing judgement.", example = "[[1,3,5],[0.3333,1,3],[0.2,0.3333,1]]")
        List<List<Double>> matrix,
        @Schema(description = "EIGENVECTOR (default) or GEOMETRIC_MEAN") PriorityMethod method,
        @Schema(description = "SAATY_1980 (default), PAPER_2025 or ALONSO_LAMATA") RandomIndexTable randomIndex) {
}
