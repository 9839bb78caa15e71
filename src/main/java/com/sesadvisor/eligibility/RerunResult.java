package com.sesadvisor.eligibility;

import java.util.List;

/**
 * A stored decision re-run on the rule base serving now: what would change. Nothing is stored.
 *
 * @param changed whether the verdict or any check's outcome differs
 * @param checks  every check of either run, with its outcome before and now (null when absent from that run)
 */
public record RerunResult(long auditId, String ruleSet, String ruleBaseVersionThen, String ruleBaseVersionNow,
                          String ruleSetVersionThen, String ruleSetVersionNow, boolean eligibleThen,
                          boolean eligibleNow, boolean changed, List<CheckChange> checks) {

    public RerunResult {
        checks = List.copyOf(checks);
    }

    /** One check then and now. */
    public record CheckChange(String ruleId, Boolean passedThen, Boolean passedNow, String actualThen,
                              String actualNow, boolean changed) {
    }
}
