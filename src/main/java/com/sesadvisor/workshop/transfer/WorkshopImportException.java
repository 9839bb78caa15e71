package com.sesadvisor.workshop.transfer;

import com.sesadvisor.engine.text.Text;
import java.util.List;

/**
 * A workshop file that cannot be imported; every problem names its JSON path ({@code $.participants[0].name}) and
 * says what is wrong as a translatable {@link Text}. {@link #getMessage()} is English, for logs.
 */
public final class WorkshopImportException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    public WorkshopImportException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the workshop file, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem at one JSON path; the path stays as it is in every language (it points into the file). */
    public record Problem(String path, Text message) {
        @Override
        public String toString() {
            return path + ": " + message.english();
        }
    }
}
