package com.sesadvisor.eligibility;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.RuleEngine;

/**
 * The rule set ran into its execution limits (a runaway rule) and is out of service until the next successful
 * reload; other rule sets keep answering. The API answers 503 naming the rule set and its file.
 */
public class RuleSetQuarantinedException extends RuntimeException {

    private final transient RuleEngine.Quarantine quarantine;
    private final transient Text text;

    public RuleSetQuarantinedException(RuleEngine.Quarantine quarantine) {
        this(quarantine, Text.of("eligibility.problem.quarantined", quarantine.ruleSet(), quarantine.file(),
                quarantine.reason()));
    }

    private RuleSetQuarantinedException(RuleEngine.Quarantine quarantine, Text text) {
        super(text.english());
        this.quarantine = quarantine;
        this.text = text;
    }

    public RuleEngine.Quarantine quarantine() {
        return quarantine;
    }

    /** The reason, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }
}
