package com.sesadvisor.rules;

import java.util.List;

/** One or more DRL files did not compile; every error names its file and line. */
public final class RuleCompilationException extends RuntimeException {

    private final List<RuleError> errors;

    public RuleCompilationException(String message, List<RuleError> errors) {
        super(message + describe(errors));
        this.errors = List.copyOf(errors);
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
