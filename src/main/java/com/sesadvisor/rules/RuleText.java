package com.sesadvisor.rules;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextKey;

/**
 * Compiler-checked keys of the {@code rules} bundle: one sentence per advisory or AHP rule ID, plus the words the
 * sentences take as arguments. A DRL consequence inserts a {@link Finding} whose message is one of these keys with
 * typed arguments (numbers stay numbers, alternatives stay row names, nested keys stay keys), e.g.
 * {@code RuleText.ADV_FIN_001.with($f.alternative(), RuleText.irr($f), $f.discountRate(), RuleText.view($f.view()))};
 * the sentence is written only at the edge, in the reader's language, by {@code TextRenderer}. A rule file that
 * names a key which does not exist fails to compile, with its line, like any other DRL error.
 */
public enum RuleText implements TextKey {
    ADV_FIN_001("rules.ADV-FIN-001"),
    ADV_SPREAD_001("rules.ADV-SPREAD-001"),
    ADV_ASSUME_001("rules.ADV-ASSUME-001"),
    ADV_TISES_001("rules.ADV-TISES-001"),
    ADV_CHARGE_001("rules.ADV-CHARGE-001"),
    ADV_RANK_001("rules.ADV-RANK-001"),
    ADV_ELIG_001("rules.ADV-ELIG-001"),
    AHP_CR_001("rules.AHP-CR-001"),
    AHP_CR_002("rules.AHP-CR-002"),
    AHP_GRP_001("rules.AHP-GRP-001"),
    AHP_GRP_002("rules.AHP-GRP-002"),
    AHP_MISS_001("rules.AHP-MISS-001"),
    /** A run-time eligibility rule's own wording (a {@code Bilingual} argument written in its rule file). */
    ELIGIBILITY_WORDING("rules.eligibility.wording"),
    /** "{0} %" with two decimals, for a fraction given as a percentage. */
    PERCENT("rules.percent"),
    /** "undefined (NPV negative)". */
    IRR_UNDEFINED("rules.irr.undefined"),
    VIEW_EQUITY("rules.view.EQUITY"),
    VIEW_PROJECT_PRE_TAX("rules.view.PROJECT_PRE_TAX"),
    VIEW_PROJECT_AFTER_TAX("rules.view.PROJECT_AFTER_TAX"),
    /** AHP-GRP-001's outcome: the expert is left out of the group result. */
    EXPERT_EXCLUDED("rules.expert.excluded"),
    /** AHP-GRP-001's outcome: the expert is kept, with a request to revise. */
    EXPERT_KEPT("rules.expert.kept");

    private final String key;

    RuleText(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** A fraction (0.0612) as a percentage text ("6.12 %"). */
    public static Text percent(double fraction) {
        return PERCENT.with(100 * fraction);
    }

    /** The IRR as a percentage, or "undefined (NPV negative)" when it has no root. */
    public static Text irr(boolean defined, double irr) {
        return defined ? percent(irr) : IRR_UNDEFINED.with();
    }

    /** The name of a cash-flow view given by its constant's name ({@code EQUITY}, ...). */
    public static RuleText view(String view) {
        return switch (view) {
            case "EQUITY" -> VIEW_EQUITY;
            case "PROJECT_PRE_TAX" -> VIEW_PROJECT_PRE_TAX;
            case "PROJECT_AFTER_TAX" -> VIEW_PROJECT_AFTER_TAX;
            default -> throw new IllegalArgumentException("unknown cash-flow view " + view);
        };
    }

    /** What happens to an inconsistent expert (AHP-GRP-001). */
    public static RuleText expertOutcome(boolean excluded) {
        return excluded ? EXPERT_EXCLUDED : EXPERT_KEPT;
    }

    /** A rule-base history row's outcome ({@code ACTIVATED} or {@code REFUSED}, as the history stores it). */
    public static TextKey historyOutcome(String outcome) {
        return () -> "rules.history.outcome." + outcome;
    }

    /** Every member of every family, for the key test. */
    public static java.util.List<TextKey> families() {
        return java.util.List.of(historyOutcome("ACTIVATED"), historyOutcome("REFUSED"));
    }
}
