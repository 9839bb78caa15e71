package com.sesadvisor.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule concluded, in both product languages, with the evidence it looked at. Rules only ever insert
 * findings; Java never decides what a finding says.
 *
 * @param ruleId    stable ID such as {@code AHP-CR-001} (one row per ID in docs/rules-catalogue.md)
 * @param severity  how serious it is
 * @param messageEn English message
 * @param messageZh Simplified Chinese message
 * @param evidence  named values the rule compared (insertion-ordered), e.g. {@code cr -> 0.169}
 */
public record Finding(String ruleId, Severity severity, String messageEn, String messageZh,
                      Map<String, Object> evidence) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageEn, "messageEn");
        messageZh = messageZh == null ? messageEn : messageZh;
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence == null ? Map.of() : evidence));
    }

    /** Convenience for DRL consequences: {@code insert(Finding.of(...).with("cr", $cr))}. */
    public static Finding of(String ruleId, Severity severity, String messageEn, String messageZh) {
        return new Finding(ruleId, severity, messageEn, messageZh, Map.of());
    }

    /** A copy with one more piece of evidence. */
    public Finding with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(evidence);
        more.put(name, value);
        return new Finding(ruleId, severity, messageEn, messageZh, more);
    }

    /** The message in the given locale: Chinese for any {@code zh} locale, English otherwise. */
    public String message(Locale locale) {
        return com.sesadvisor.engine.text.TextBundles.chinese(locale) ? messageZh : messageEn;
    }
}
