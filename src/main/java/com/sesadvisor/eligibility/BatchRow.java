package com.sesadvisor.eligibility;

import java.util.List;

/**
 * One CSV row of a batch and what became of it: a verdict, or the problems that kept it from being judged.
 *
 * @param row  1-based data row (the header is not counted; row 1 is the first project)
 * @param line the line in the file where the row starts (the header is line 1)
 * @param name the project name as given (may be blank)
 */
public record BatchRow(int row, int line, String name, EligibilityVerdict verdict, List<FieldProblem> errors) {

    public BatchRow {
        errors = List.copyOf(errors);
    }

    public Status status() {
        if (verdict == null) {
            return Status.ERROR;
        }
        return verdict.eligible() ? Status.ELIGIBLE : Status.NOT_ELIGIBLE;
    }

    /** What the regulator filters batch rows by. */
    public enum Status { ELIGIBLE, NOT_ELIGIBLE, ERROR }
}
