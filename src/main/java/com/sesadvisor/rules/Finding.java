package com.sesadvisor.rules;

import com.sesadvisor.engine.text.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule concluded, as typed data: a message key of {@link RuleText} with typed arguments (numbers,
 * alternatives' row names, nested keys) and the evidence it looked at. Rules only ever insert findings; the sentence
 * is written at the edge (screen, report, REST response) in the reader's language by {@code TextRenderer}, and an
 * alternative named in it gets its label there ({@code RankingOutcome.labelled(Text)}).
 *
 * @param ruleId   stable ID such as {@code AHP-CR-001} (one row per ID in docs/rules-catalogue.md)
 * @param severity how serious it is
 * @param message  the rule's sentence as a key of the {@code rules} bundle and its typed arguments
 * @param evidence named values the rule compared (insertion-ordered), e.g. {@code cr -> 0.169}
 */
public record Finding(String ruleId, Severity severity, Text message, Map<String, Object> evidence) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence == null ? Map.of() : evidence));
    }

    /** Convenience for DRL consequences: {@code insert(Finding.of(..., RuleText.AHP_CR_001.with(...)).with("cr", $cr))}. */
    public static Finding of(String ruleId, Severity severity, Text message) {
        return new Finding(ruleId, severity, message, Map.of());
    }

    /** A copy with one more piece of evidence. */
    public Finding with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(evidence);
        more.put(name, value);
        return new Finding(ruleId, severity, message, more);
    }
}
