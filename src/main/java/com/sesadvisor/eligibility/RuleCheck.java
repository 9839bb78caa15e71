package com.sesadvisor.eligibility;

import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of one eligibility rule for one project.
 *
 * @param ruleId    stable rule ID, e.g. ELIG-HE-001
 * @param passed    whether the project meets it
 * @param required  the requirement, e.g. {@code >= 100 MW}
 * @param actual    the project's value, e.g. {@code 99.9 MW}
 * @param messageEn the regulation wording with the outcome, English
 * @param messageZh the same in Chinese
 */
public record RuleCheck(String ruleId, boolean passed, String required, String actual, String messageEn,
                        String messageZh) {

    public RuleCheck {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(messageEn, "messageEn");
        required = required == null ? "" : required;
        actual = actual == null ? "" : actual;
        messageZh = messageZh == null ? messageEn : messageZh;
    }

    public String message(Locale locale) {
        return com.sesadvisor.engine.text.TextBundles.chinese(locale) ? messageZh : messageEn;
    }
}
