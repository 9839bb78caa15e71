package com.sesadvisor.rules;

import java.util.List;

/** What one evaluation concluded: findings, the IDs of rules that fired (in order), and the rule-base version. */
public record RuleEvaluation(List<Finding> findings, List<String> firedRules, String ruleBaseVersion) {

    public RuleEvaluation {
        findings = List.copyOf(findings);
        firedRules = List.copyOf(firedRules);
    }

    public boolean hasFinding(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }
}
