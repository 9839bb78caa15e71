package com.sesadvisor.assessment;

import com.sesadvisor.engine.ahp.AhpAnalysis;
import com.sesadvisor.rules.Finding;
import com.sesadvisor.rules.RuleEvaluation;
import java.util.List;

/**
 * One possibly incomplete matrix: priorities, diagnostics (judgements to revise), Harker's completion when
 * judgements were missing, and the rule base's verdict (AHP-CR-001, AHP-CR-002, AHP-MISS-001).
 */
public record AhpMatrixAssessment(AhpAnalysis analysis, RuleEvaluation evaluation) {

    /** The rule base's verdict: no AHP-CR-001 finding. */
    public boolean consistent() {
        return !evaluation.hasFinding(AhpAssessment.INCONSISTENT_RULE);
    }

    public List<Finding> findings() {
        return evaluation.findings();
    }
}
