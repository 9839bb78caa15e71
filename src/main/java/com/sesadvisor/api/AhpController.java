package com.sesadvisor.api;

import com.sesadvisor.assessment.AhpAssessmentService;
import com.sesadvisor.assessment.AhpMatrixAssessment;
import com.sesadvisor.assessment.GroupAssessment;
import com.sesadvisor.assessment.GroupSettings;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.ahp.AhpAnalysis;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.group.GroupResult;
import com.sesadvisor.engine.ahp.HarkerCompletion;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** AHP calculators for other systems: the same engine and rules the UI uses. */
@RestController
@RequestMapping("/api/ahp")
@Tag(name = "AHP", description = "Priorities and consistency of pairwise comparison matrices, for one expert or a "
        + "group")
class AhpController {

    private final AhpAssessmentService assessments;

    AhpController(AhpAssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/priorities")
    @Operation(summary = "Priorities, lambda max, CI and CR of one pairwise matrix",
            description = "null cells are missing judgements, completed by Harker's method (completedMatrix, finding "
                    + "AHP-MISS-001). Consistency is judged by rule AHP-CR-001 (CR >= 0.10); n > 10 uses the "
                    + "Alonso-Lamata RI (AHP-CR-002). inconsistentJudgements: the 3 judgements deviating most from the "
                    + "priorities (0-based row < col), with the nearest Saaty-scale value that agrees with the "
                    + "priorities and the CR after that single change.")
    AhpPrioritiesResponse priorities(@RequestBody AhpPrioritiesRequest request, Locale locale) {
        PriorityMethod method = request.method() == null ? PriorityMethod.EIGENVECTOR : request.method();
        RandomIndexTable table = request.randomIndex() == null ? RandomIndexTable.SAATY_1980 : request.randomIndex();
        IncompletePairwiseMatrix matrix = ApiInputs.pairwise(request.matrix(), "matrix");
        AhpMatrixAssessment assessment = assessments.analyse("matrix", matrix, method, table);
        AhpAnalysis analysis = assessment.analysis();
        AhpResult r = analysis.result();
        List<AhpPrioritiesResponse.InconsistentJudgement> revisions = analysis.diagnostics().revisions().stream()
                .map(j -> new AhpPrioritiesResponse.InconsistentJudgement(j.row(), j.col(), j.value(), j.suggested(),
                        j.deviation(), j.crIfChanged()))
                .toList();
        double[][] completed = analysis.completion().map(HarkerCompletion::completedMatrix)
                .map(m -> m.toArray()).orElse(null);
        List<List<Integer>> missing = analysis.completion()
                .map(c -> c.missingCells().stream().map(x -> List.of(x.row(), x.col())).toList()).orElse(List.of());
        return new AhpPrioritiesResponse(r.weights(), r.lambdaMax(), r.ci(), r.cr(), assessment.consistent(),
                r.method().name(), r.randomIndexTable().name(), r.randomIndex(), r.solver(), revisions, completed,
                missing, FindingDto.all(assessment.findings(), locale), assessment.evaluation().firedRules(),
                assessment.evaluation().ruleBaseVersion());
    }

    @PostMapping("/group")
    @Operation(summary = "Group priorities from several experts' matrices of one node",
            description = "aggregation: AIJ (default; weighted geometric mean of the judgements, Aczel and Saaty "
                    + "1983), AIP (= AIP_GEOMETRIC, weighted geometric mean of the experts' priorities) or "
                    + "AIP_ARITHMETIC. expertWeights: one per expert, >= 0, summing to 1 (default equal). Missing "
                    + "judgements (null) are completed per expert by Harker's method (AHP-MISS-001). Each expert's "
                    + "own CR is judged by AHP-GRP-001; with excludeInconsistentExperts=true such experts are left "
                    + "out of the aggregation, otherwise kept with a warning. consensus: Goepel's S* in [0, 1]; "
                    + "below consensusThreshold (default 0.75) AHP-GRP-002 advises discussion. lambdaMax, cr and "
                    + "consistent describe the aggregated matrix for AIJ and are null for AIP.")
    AhpGroupResponse group(@RequestBody AhpGroupRequest request, Locale locale) {
        List<List<List<Double>>> raw = ApiInputs.required(request.matrices(), "matrices");
        if (raw.isEmpty()) {
            throw new BadRequestException("matrices", "at least one expert's matrix is required");
        }
        List<IncompletePairwiseMatrix> matrices = new ArrayList<>();
        for (int e = 0; e < raw.size(); e++) {
            matrices.add(ApiInputs.pairwise(raw.get(e), "matrices[" + e + "]"));
        }
        double[] weights = request.expertWeights() == null ? null
                : ApiInputs.vector(request.expertWeights(), "expertWeights");
        AggregationMethod aggregation = "AIP".equalsIgnoreCase(request.aggregation() == null ? ""
                : request.aggregation().trim()) ? AggregationMethod.AIP_GEOMETRIC
                : ApiInputs.option(request.aggregation(), AggregationMethod.class, AggregationMethod.AIJ,
                        "aggregation");
        PriorityMethod method = request.method() == null ? PriorityMethod.EIGENVECTOR : request.method();
        RandomIndexTable table = request.randomIndex() == null ? RandomIndexTable.SAATY_1980 : request.randomIndex();
        GroupSettings settings = new GroupSettings(Boolean.TRUE.equals(request.excludeInconsistentExperts()),
                request.consensusThreshold() == null ? GroupSettings.DEFAULT_CONSENSUS_THRESHOLD
                        : request.consensusThreshold());
        GroupAssessment g = assessments.assessGroup("matrix", matrices, weights, aggregation, method, table, settings);
        GroupResult r = g.result();
        AhpResult agg = r.aggregatedResult().orElse(null);
        return new AhpGroupResponse(r.weights(), agg == null ? null : agg.lambdaMax(), agg == null ? null : agg.cr(),
                agg == null ? null : g.consistent(), r.aggregatedMatrix().toArray(), r.consensus().sStar(),
                r.consensus().label(),
                g.expertConsistency().stream().map(x -> new AhpGroupResponse.ExpertConsistency(x.expert(), x.cr(),
                        x.consistent(), x.excluded())).toList(),
                g.excludedExperts(), r.expertWeights(), r.aggregation().name(), r.method().name(),
                r.randomIndexTable().name(), FindingDto.all(g.findings(), locale), g.evaluation().firedRules(),
                g.evaluation().ruleBaseVersion(), g.notes());
    }
}
