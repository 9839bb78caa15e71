package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.text.Text;
import java.util.List;

/**
 * The one unchecked exception of the finance engine for bad input. {@link #field()} and {@link #getMessage()}
 * describe the first violation; {@link #violations()} lists all of them (for RFC 9457 {@code errors}).
 */
public final class InvalidFinanceInputException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidFinanceInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + ": " + violations.get(0).message());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation is required");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidFinanceInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidFinanceInputException(String field, Text reason) {
        this(List.of(new Violation(field, reason)));
    }

    /** The first offending field. */
    public String field() {
        return violations.get(0).field();
    }

    /** All violations, in field order. */
    public List<Violation> violations() {
        return violations;
    }
}
