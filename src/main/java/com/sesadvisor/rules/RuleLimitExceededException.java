package com.sesadvisor.rules;

import java.util.List;

/**
 * An evaluation was stopped because it reached its firing or time limit ({@link ExecutionLimits}). It names the
 * rules that were firing most, with their files, so an administrator knows where to look.
 *
 * @see RuleEngine#evaluate(RuleBase, java.util.Collection, ExecutionLimits, String)
 */
public final class RuleLimitExceededException extends RuntimeException {

    /** Which limit stopped the evaluation. */
    public enum Limit { FIRINGS, TIME }

    private final Limit limit;
    private final int firings;
    private final long millis;
    private final List<String> busiestRules;

    public RuleLimitExceededException(Limit limit, int firings, long millis, List<String> busiestRules,
                                      ExecutionLimits limits) {
        super((limit == Limit.FIRINGS
                ? "Rule evaluation stopped after " + firings + " rule firings (limit " + limits.maxFirings() + ")"
                : "Rule evaluation stopped after " + millis + " ms (limit " + limits.maxTime().toMillis() + " ms, "
                        + firings + " firings)")
                + (busiestRules.isEmpty() ? "" : "; busiest rules: " + String.join(", ", busiestRules)));
        this.limit = limit;
        this.firings = firings;
        this.millis = millis;
        this.busiestRules = List.copyOf(busiestRules);
    }

    public Limit limit() {
        return limit;
    }

    public int firings() {
        return firings;
    }

    public long millis() {
        return millis;
    }

    /** Rule IDs with their firing counts, busiest first, e.g. {@code LOOP-FOREVER (9,998 firings)}. */
    public List<String> busiestRules() {
        return busiestRules;
    }
}
