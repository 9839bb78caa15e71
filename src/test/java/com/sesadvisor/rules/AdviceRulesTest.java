package com.sesadvisor.rules;

import static com.sesadvisor.rules.RuleTestSupport.judge;
import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.rules.facts.AssumptionFact;
import com.sesadvisor.rules.facts.ModelFinanceFact;
import com.sesadvisor.rules.facts.ProjectEligibilityFact;
import com.sesadvisor.rules.facts.RankingFact;
import com.sesadvisor.rules.facts.RevenueSetupFact;
import com.sesadvisor.rules.facts.SpreadBreakEvenFact;
import org.junit.jupiter.api.Test;

/** The advice rules of rules.md section 3 at their boundaries: each fires on one side and not on the other. */
class AdviceRulesTest {


    // ---- ADV-FIN-001: IRR < discount rate (strict); IRR undefined with NPV < 0 ----
    @Test
    void adv_fin_001_fires_just_below_the_discount_rate() {
        RuleEvaluation e = judge(new ModelFinanceFact("TISES", "PROJECT_AFTER_TAX", true, Math.nextDown(0.06), 0.06,
                -1e6));
        assertThat(e.firedRules()).containsExactly("ADV-FIN-001");
        Finding f = e.findings().get(0);
        assertThat(f.message().english()).contains("TISES is not financially feasible under these assumptions");
        assertThat(f.evidence()).containsEntry("alternative", "TISES").containsEntry("discountRate", 0.06);
        assertThat(f.message().in(java.util.Locale.SIMPLIFIED_CHINESE)).contains("不可行");
    }

    @Test
    void adv_fin_001_does_not_fire_at_the_discount_rate() {
        assertThat(judge(new ModelFinanceFact("CSSES", "EQUITY", true, 0.06, 0.06, 0)).findings()).isEmpty();
    }

    @Test
    void adv_fin_001_fires_when_no_irr_exists_and_npv_is_negative_only() {
        assertThat(judge(new ModelFinanceFact("X", "EQUITY", false, Double.NaN, 0.06, -1)).hasFinding("ADV-FIN-001"))
                .isTrue();
        assertThat(judge(new ModelFinanceFact("X", "EQUITY", false, Double.NaN, 0.06, 1)).findings()).isEmpty();
    }

    // ---- ADV-SPREAD-001: spread < break-even spread ----
    @Test
    void adv_spread_001_says_by_how_much_the_spread_is_short() {
        RuleEvaluation e = judge(new SpreadBreakEvenFact("CSSES", 0.50, true, 0.5169, 0.0169, 1.12));
        assertThat(e.firedRules()).containsExactly("ADV-SPREAD-001");
        assertThat(e.findings().get(0).message().english()).contains("0.0169 CNY/kWh below its break-even spread 0.5169");
        assertThat(e.findings().get(0).evidence()).containsEntry("shortfall", 0.0169);
    }

    @Test
    void adv_spread_001_does_not_fire_at_the_break_even_or_when_unreachable() {
        assertThat(judge(new SpreadBreakEvenFact("CSSES", 0.5169, true, 0.5169, 0, 1.12)).findings()).isEmpty();
        assertThat(judge(new SpreadBreakEvenFact("CSSES", 0.1, false, Double.NaN, Double.NaN, 1.12)).findings())
                .isEmpty();
    }

    // ---- ADV-ASSUME-001: demand-charge kW basis still the default, used, not confirmed ----
    @Test
    void adv_assume_001_asks_to_confirm_the_default_kw_basis() {
        RuleEvaluation e = judge(new AssumptionFact("demandChargeBasisShare", 1, 1, "fraction of rated kW",
                "ASSUMPTION", true, false));
        assertThat(e.firedRules()).containsExactly("ADV-ASSUME-001");
        assertThat(e.findings().get(0).evidence()).containsEntry("field", "demandChargeBasisShare");
    }

    @Test
    void adv_assume_001_does_not_fire_when_user_set_confirmed_unused_or_another_key() {
        assertThat(judge(new AssumptionFact("demandChargeBasisShare", 0.8, 1, "", "USER", true, false)).findings())
                .isEmpty();
        assertThat(judge(new AssumptionFact("demandChargeBasisShare", 1, 1, "", "ASSUMPTION", true, true))
                .findings()).isEmpty();
        assertThat(judge(new AssumptionFact("demandChargeBasisShare", 1, 1, "", "ASSUMPTION", false, false))
                .findings()).isEmpty();
        assertThat(judge(new AssumptionFact("leasedShare", 0.5, 0.5, "", "ASSUMPTION", true, false)).findings())
                .isEmpty();
    }

    // ---- ADV-TISES-001: leased + arbitrage share > 100 % ----
    @Test
    void adv_tises_001_refuses_just_above_full_capacity() {
        RuleEvaluation e = judge(new RevenueSetupFact("TISES", "TISES", "COMPREHENSIVE", true, true, false, 0.5,
                0.500000002, 1.000000002));
        assertThat(e.firedRules()).containsExactly("ADV-TISES-001");
        assertThat(e.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(e.findings().get(0).evidence()).containsEntry("field", "leasedShare");
    }

    @Test
    void adv_tises_001_accepts_exactly_full_capacity_and_no_lease() {
        assertThat(judge(new RevenueSetupFact("TISES", "TISES", "COMPREHENSIVE", true, true, false, 0.5, 0.5, 1.0))
                .findings()).isEmpty();
        assertThat(judge(new RevenueSetupFact("CSSES", "CSSES", "COMPREHENSIVE", true, false, false, 0, 1.0, 1.0))
                .findings()).isEmpty();
    }

    // ---- ADV-CHARGE-001: charging cost in opex + spread-based arbitrage ----
    @Test
    void adv_charge_001_refuses_charging_cost_with_arbitrage() {
        RuleEvaluation e = judge(new RevenueSetupFact("CSSES", "CSSES", "SPOT_MARKET", true, false, true, 0, 1, 1));
        assertThat(e.firedRules()).containsExactly("ADV-CHARGE-001");
        assertThat(e.findings().get(0).evidence()).containsEntry("field", "chargingCostInOpex");
    }

    @Test
    void adv_charge_001_accepts_charging_cost_without_arbitrage() {
        assertThat(judge(new RevenueSetupFact("CSSES", "CSSES", "ANCILLARY_SERVICES", false, false, true, 0, 0, 0))
                .findings()).isEmpty();
    }

    // ---- ADV-RANK-001: the second wins with a weight change <= margin ----
    @Test
    void adv_rank_001_fires_at_the_margin() {
        RuleEvaluation e = judge(new RankingFact("CSSES", "DSSES", 0.01, true, 0.05, 0.05));
        assertThat(e.firedRules()).containsExactly("ADV-RANK-001");
        assertThat(e.findings().get(0).message().english()).contains("ranking is sensitive to weights");
    }

    @Test
    void adv_rank_001_does_not_fire_just_beyond_the_margin_or_when_no_change_wins() {
        assertThat(judge(new RankingFact("CSSES", "DSSES", 0.01, true, Math.nextUp(0.05), 0.05)).findings())
                .isEmpty();
        assertThat(judge(new RankingFact("CSSES", "DSSES", 0.3, false, Double.NaN, 0.05)).findings()).isEmpty();
    }

    // ---- ADV-ELIG-001: not eligible under the selected rule set ----
    @Test
    void adv_elig_001_marks_an_ineligible_project() {
        RuleEvaluation e = judge(new ProjectEligibilityFact("CN-HEBEI-2024", "v1", false));
        assertThat(e.firedRules()).containsExactly("ADV-ELIG-001");
        assertThat(e.findings().get(0).message().english()).contains("not eligible for the independent-storage tariff");
        assertThat(e.findings().get(0).evidence()).containsEntry("ruleSet", "CN-HEBEI-2024");
    }

    @Test
    void adv_elig_001_is_silent_for_an_eligible_project() {
        assertThat(judge(new ProjectEligibilityFact("CN-HEBEI-2024", "v1", true)).findings()).isEmpty();
    }

    // ---- the advisory and AHP rule files write no prose: typed findings only ----
    @Test
    void advisory_and_consistency_consequences_insert_keys_and_typed_arguments_not_sentences() throws Exception {
        java.util.regex.Pattern cjk = java.util.regex.Pattern.compile("[\\u4e00-\\u9fff]");
        java.util.List<String> prose = new java.util.ArrayList<>();
        int findings = 0;
        for (String file : java.util.List.of("rules/advice/recommendation-advice.drl",
                "rules/consistency/ahp-consistency.drl")) {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(file));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("//")) {
                    continue; // comments, including the rule's @titleZh
                }
                if (cjk.matcher(line).find() || line.contains("String.format")) {
                    prose.add(file + ":" + (i + 1) + ": " + line);
                }
                if (line.contains("Finding.of(")) {
                    findings++;
                    if (!line.matches(".*Finding\\.of\\(\"[A-Z]+-[A-Z]+-\\d{3}\", Severity\\.[A-Z]+, RuleText\\.[A-Z_0-9]+\\.with\\(.*")) {
                        prose.add(file + ":" + (i + 1) + ": not Finding.of(ID, severity, RuleText.KEY.with(...)): " + line);
                    }
                }
            }
        }
        assertThat(findings).isEqualTo(12);
        assertThat(prose).isEmpty();
        for (RuleText t : RuleText.values()) {
            assertThat(com.sesadvisor.engine.text.TextBundles.pattern(t.key(), java.util.Locale.ENGLISH)).as(t.key())
                    .isNotNull();
        }
    }
}
