package com.sesadvisor.eligibility;

import com.sesadvisor.engine.text.Text;
import java.util.Collection;
import java.util.List;

/**
 * No rule set of that name is loaded; the message lists the ones that are, as a translatable {@link #text()}
 * ({@link #getMessage()} is its English).
 */
public class UnknownRuleSetException extends RuntimeException {

    private final String ruleSet;
    private final transient List<String> known;
    private final transient Text text;

    public UnknownRuleSetException(String ruleSet, Collection<String> known) {
        this(ruleSet, List.copyOf(known), Text.of("eligibility.problem.unknownRuleSet", String.valueOf(ruleSet),
                String.join(", ", known)));
    }

    private UnknownRuleSetException(String ruleSet, List<String> known, Text text) {
        super(text.english());
        this.ruleSet = ruleSet;
        this.known = known;
        this.text = text;
    }

    /** The reason, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }

    public String ruleSet() {
        return ruleSet;
    }

    public List<String> known() {
        return known;
    }
}
