package com.sesadvisor.assessment;

import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.rules.Finding;
import com.sesadvisor.rules.RuleEvaluation;
import java.util.List;

/**
 * Priorities of one matrix plus what the rule base concluded about them. {@code consistent} is the rule base's
 * verdict (no AHP-CR-001 finding), not a threshold compared in Java.
 */
public record AhpAssessment(AhpResult result, RuleEvaluation evaluation) {

    public static final String INCONSISTENT_RULE = "AHP-CR-001";

    public boolean consistent() {
        return !evaluation.hasFinding(INCONSISTENT_RULE);
    }

    public List<Finding> findings() {
        return evaluation.findings();
    }
}
