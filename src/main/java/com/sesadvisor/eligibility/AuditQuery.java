package com.sesadvisor.eligibility;

import com.sesadvisor.engine.text.Text;
import java.time.LocalDate;

/**
 * Filters for the audit trail; every one is optional.
 *
 * @param project part of the project name, case-insensitive
 * @param ruleSet exact rule-set name
 * @param from    first day included (in the application's time zone)
 * @param to      last day included
 * @param user    exact user name
 * @param limit   at most this many rows, newest first (1..10000)
 */
public record AuditQuery(String project, String ruleSet, LocalDate from, LocalDate to, String user, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        project = blankToNull(project);
        ruleSet = blankToNull(ruleSet);
        user = blankToNull(user);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidProjectException(java.util.List.of(new FieldProblem("limit",
                    Text.of("eligibility.problem.limit", MAX_LIMIT, limit))));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidProjectException(java.util.List.of(new FieldProblem("to",
                    Text.of("eligibility.problem.toBeforeFrom", to.toString(), from.toString()))));
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 1000);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
