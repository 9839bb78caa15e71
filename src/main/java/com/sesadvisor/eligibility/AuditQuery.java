package com.sesadvisor.eligibility;

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
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + limit + ".")));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidProjectException(java.util.List.of(new FieldProblem("to",
                    "to (" + to + ") is before from (" + from + ").")));
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 1000);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
