package com.sesadvisor.workshop;

import java.util.List;

/** A workshop file that cannot be imported; every problem names its JSON path ({@code $.participants[0].name}). */
public final class WorkshopImportException extends IllegalArgumentException {

    private final List<Problem> problems;

    public WorkshopImportException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the workshop file, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem at one JSON path. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }
}
