package com.sesadvisor.eligibility;

import java.util.Collection;
import java.util.List;

/** No rule set of that name is loaded; the message lists the ones that are. */
public class UnknownRuleSetException extends RuntimeException {

    private final String ruleSet;
    private final transient List<String> known;

    public UnknownRuleSetException(String ruleSet, Collection<String> known) {
        super("Unknown rule set '" + ruleSet + "'; loaded rule sets: " + String.join(", ", known));
        this.ruleSet = ruleSet;
        this.known = List.copyOf(known);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public List<String> known() {
        return known;
    }
}
