package com.sesadvisor.rules;

import java.util.List;

/**
 * A candidate rule base was refused: a DRL file did not compile, a rule-set header or scenario file is wrong, or
 * a scenario failed. Every error names its file and line.
 */
public final class RuleCompilationException extends RuntimeException {

    private final List<RuleError> errors;
    private final transient List<RuleScenario.Result> scenarioResults;

    public RuleCompilationException(String message, List<RuleError> errors) {
        this(message, errors, List.of());
    }

    /** Refused because scenarios failed: {@code scenarioResults} holds every scenario's outcome. */
    public RuleCompilationException(String message, List<RuleError> errors, List<RuleScenario.Result> scenarioResults) {
        super(message + describe(errors));
        this.errors = List.copyOf(errors);
        this.scenarioResults = List.copyOf(scenarioResults);
    }

    /** The scenario results of the refused candidate (empty when it did not get as far as running them). */
    public List<RuleScenario.Result> scenarioResults() {
        return scenarioResults;
    }

    public List<RuleError> errors() {
        return errors;
    }

    private static String describe(List<RuleError> errors) {
        StringBuilder sb = new StringBuilder();
        for (RuleError e : errors) {
            sb.append(System.lineSeparator()).append("  ").append(e);
        }
        return sb.toString();
    }

    /** A compile error located in a rule file (line 0 when the compiler gave none). */
    public record RuleError(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }
}
