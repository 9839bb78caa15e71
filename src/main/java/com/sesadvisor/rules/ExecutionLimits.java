package com.sesadvisor.rules;

import java.time.Duration;

/**
 * How much work one evaluation may do before it is stopped: at most {@code maxFirings} rule firings and at most
 * {@code maxTime} of wall-clock time. A correct evaluation of the shipped rules fires a handful of rules in well
 * under a millisecond, so hitting either limit means a rule is running away (e.g. a {@code modify} that re-triggers
 * itself forever). Scenarios at load time run under the same limits, so such a rule is normally refused before it
 * ever serves a request.
 */
public record ExecutionLimits(int maxFirings, Duration maxTime) {

    /** 10,000 firings and 2 seconds, configurable with {@code ses.rules.max-firings} and {@code ses.rules.max-millis}. */
    public static final ExecutionLimits DEFAULT = new ExecutionLimits(10_000, Duration.ofSeconds(2));

    public ExecutionLimits {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, was " + maxFirings);
        }
        if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive, was " + maxTime);
        }
    }
}
