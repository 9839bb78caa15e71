package com.sesadvisor.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision on one project, with everything needed to trace it: the rule set and its version (content hash of
 * its DRL file), the whole rule base's version, every rule's outcome and the rules that fired, who asked and
 * when.
 *
 * @param assessmentDate the date whose rule-set version was applied (the version in force on that day)
 * @param auditId the audit-trail record, or null when the verdict was not stored (benchmarks)
 */
public record EligibilityVerdict(ProjectInput project, String ruleSet, String ruleSetVersion,
                                 String ruleBaseVersion, boolean eligible, List<RuleCheck> checks,
                                 List<String> firedRules, String decidedBy, Instant decidedAt,
                                 LocalDate assessmentDate, Long auditId) {

    public EligibilityVerdict {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        checks = List.copyOf(checks);
        firedRules = List.copyOf(firedRules);
    }

    /** The rules the project fails, for a one-line summary. */
    public List<RuleCheck> failed() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    EligibilityVerdict withAuditId(long id) {
        return new EligibilityVerdict(project, ruleSet, ruleSetVersion, ruleBaseVersion, eligible, checks,
                firedRules, decidedBy, decidedAt, assessmentDate, id);
    }
}
