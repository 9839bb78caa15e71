package com.sesadvisor.analysis.saved;

import com.sesadvisor.engine.text.Text;
import java.util.List;

/**
 * A saved-scenario request refused, with why: bad input naming its field(s), a name already taken, a stale copy
 * (someone else changed the scenario since it was loaded: nothing was overwritten), or no such scenario.
 * {@code getMessage()} is the English of the first problem.
 */
public final class ScenarioRefusedException extends RuntimeException {

    /** Why: decides the HTTP status (400, 409, 409, 404, 403). */
    public enum Reason { INVALID, NAME_TAKEN, STALE, NOT_FOUND, READ_ONLY }

    /** One problem at one field ({@code name}, {@code scenario.assumptions.spread}, ...). */
    public record Problem(String field, Text text) {
    }

    private final Reason reason;
    private final transient List<Problem> problems;

    public ScenarioRefusedException(Reason reason, List<Problem> problems) {
        super(problems.isEmpty() ? reason.name() : problems.get(0).field() + ": " + problems.get(0).text().english());
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public ScenarioRefusedException(Reason reason, String field, Text text) {
        this(reason, List.of(new Problem(field, text)));
    }

    public Reason reason() {
        return reason;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's text (what a screen shows). */
    public Text text() {
        return problems.get(0).text();
    }
}
