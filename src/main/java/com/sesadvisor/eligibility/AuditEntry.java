package com.sesadvisor.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored eligibility decision, exactly as it was made.
 *
 * @param origin SINGLE (one check) or BATCH (a CSV row)
 * @param ruleBaseVersion the rule-base version it ran on
 * @param assessmentDate the date whose rule-set version was applied (null for decisions before dated rule sets)
 */
public record AuditEntry(long id, Instant decidedAt, String decidedBy, String projectName, String ruleSet,
                         String ruleSetVersion, String ruleBaseVersion, boolean eligible, String origin,
                         ProjectInput project, List<RuleCheck> checks, List<String> firedRules,
                         java.time.LocalDate assessmentDate) {

    public AuditEntry {
        Objects.requireNonNull(decidedAt, "decidedAt");
        checks = List.copyOf(checks);
        firedRules = List.copyOf(firedRules);
    }
}
