package com.sesadvisor.api;

import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.assessment.AhpAssessmentService;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** AHP calculators for other systems: the same engine and rules the UI uses. */
@RestController
@RequestMapping("/api/ahp")
@Tag(name = "AHP", description = "Priorities and consistency of pairwise comparison matrices")
class AhpController {

    private final AhpAssessmentService assessments;

    AhpController(AhpAssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping("/priorities")
    @Operation(summary = "Priorities, lambda max, CI and CR of one pairwise matrix; consistency judged by rule AHP-CR-001")
    AhpPrioritiesResponse priorities(@RequestBody AhpPrioritiesRequest request, Locale locale) {
        PriorityMethod method = request.method() == null ? PriorityMethod.EIGENVECTOR : request.method();
        RandomIndexTable table = request.randomIndex() == null ? RandomIndexTable.SAATY_1980 : request.randomIndex();
        AhpAssessment assessment = assessments.assess("matrix", MatrixRequests.complete(request.matrix()), method,
                table);
        AhpResult r = assessment.result();
        return new AhpPrioritiesResponse(r.weights(), r.lambdaMax(), r.ci(), r.cr(), assessment.consistent(),
                r.method().name(), r.randomIndexTable().name(), r.randomIndex(), r.solver(), List.of(), null,
                assessment.findings().stream().map(f -> FindingDto.of(f, locale)).toList(),
                assessment.evaluation().firedRules(), assessment.evaluation().ruleBaseVersion());
    }
}
