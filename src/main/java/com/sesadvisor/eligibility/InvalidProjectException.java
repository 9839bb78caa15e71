package com.sesadvisor.eligibility;

import java.util.List;

/** The project cannot be judged: one or more fields are missing or out of range. Each problem names its field. */
public class InvalidProjectException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidProjectException(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(FieldProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
