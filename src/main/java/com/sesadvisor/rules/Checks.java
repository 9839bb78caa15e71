package com.sesadvisor.rules;

import com.sesadvisor.engine.text.Bilingual;
import java.math.BigDecimal;

/**
 * Helpers for DRL consequences of pass/fail rules (eligibility): the rule decides {@code passed} by comparing a
 * fact with its own constant; this only packs the outcome into a {@link Finding} in a uniform shape. A run-time rule
 * file keeps its regulation wording in both languages (it is the regulator's text, written by whoever maintains the
 * rule set); it travels as a {@link Bilingual} argument of {@link RuleText#ELIGIBILITY_WORDING}.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * A pass/fail finding. Evidence: {@code passed}, {@code required}, {@code actual}, {@code project}.
     * Severity is INFO when passed and ERROR when failed.
     */
    public static Finding check(String ruleId, boolean passed, String project, String required, String actual,
                                String messageEn, String messageZh) {
        return Finding.of(ruleId, passed ? Severity.INFO : Severity.ERROR,
                        RuleText.ELIGIBILITY_WORDING.with(new Bilingual(messageEn, messageZh == null ? messageEn : messageZh)))
                .with("passed", passed)
                .with("required", required)
                .with("actual", actual)
                .with("project", project);
    }

    /** A number as people write it: 100 rather than 100.0, 3.99 rather than 3.9900000001. */
    public static String num(double value) {
        return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** "yes"/"no" for a boolean fact, in English. */
    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** "是"/"否" for a boolean fact, in Chinese. */
    public static String shiFou(boolean value) {
        return value ? "是" : "否";
    }
}
