package com.sesadvisor.eligibility;

import java.util.List;

/** The CSV as a whole cannot be read (no header, a required column missing); row problems are not this. */
public class InvalidCsvException extends InvalidProjectException {
    public InvalidCsvException(List<FieldProblem> problems) {
        super(problems);
    }
}
