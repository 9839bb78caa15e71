package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.rules.facts.EligibilityFact;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every eligibility threshold at, just below and just above its boundary, straight against the DRL files in
 * rules/eligibility/ (test names are referenced from docs/rules-catalogue.md).
 */
class EligibilityRulesTest {


    private static Map<String, Finding> judge(String ruleSet, double mw, double mwh, double cycles, boolean metering,
                                              boolean dispatch, boolean entity) {
        RuleEvaluation e = RuleTestSupport.judge(EligibilityFact.of(ruleSet, "P", mw, mwh, cycles, metering,
                dispatch, entity));
        return e.findings().stream().collect(Collectors.toMap(Finding::ruleId, Function.identity()));
    }

    private static Map<String, Finding> hebei(double mw, double mwh, double cycles) {
        return judge("CN-HEBEI-2024", mw, mwh, cycles, false, false, false);
    }

    private static boolean passed(Finding f) {
        return Boolean.TRUE.equals(f.evidence().get("passed"));
    }

    @Test
    void hebei_power_boundary() {
        assertThat(passed(hebei(100, 400, 330).get("ELIG-HE-001"))).isTrue();
        assertThat(passed(hebei(100.01, 400, 330).get("ELIG-HE-001"))).isTrue();
        Finding below = hebei(99.99, 400, 330).get("ELIG-HE-001");
        assertThat(passed(below)).isFalse();
        assertThat(below.severity()).isEqualTo(Severity.ERROR);
        assertThat(below.evidence()).containsEntry("required", ">= 100 MW").containsEntry("actual", "99.99 MW");
        assertThat(below.message().english()).contains("at least 100 MW").contains("99.99 MW");
        assertThat(below.message().in(java.util.Locale.SIMPLIFIED_CHINESE)).contains("额定功率").contains("99.99 MW");
    }

    @Test
    void hebei_duration_boundary() {
        assertThat(passed(hebei(100, 400, 330).get("ELIG-HE-002"))).isTrue();
        assertThat(passed(hebei(100, 401, 330).get("ELIG-HE-002"))).isTrue();
        Finding below = hebei(100, 399, 330).get("ELIG-HE-002");
        assertThat(passed(below)).isFalse();
        assertThat(below.evidence()).containsEntry("required", ">= 4 h").containsEntry("actual", "3.99 h");
        // 4 h from an awkward ratio is not missed through binary rounding: 0.3 MW x 4 h = 1.2 MWh.
        assertThat(passed(hebei(0.3, 1.2, 330).get("ELIG-HE-002"))).isTrue();
    }

    @Test
    void hebei_cycles_boundary() {
        assertThat(passed(hebei(100, 400, 330).get("ELIG-HE-003"))).isTrue();
        assertThat(passed(hebei(100, 400, 331).get("ELIG-HE-003"))).isTrue();
        Finding below = hebei(100, 400, 329).get("ELIG-HE-003");
        assertThat(passed(below)).isFalse();
        assertThat(below.evidence()).containsEntry("actual", "329 cycles/yr");
    }

    @Test
    void hebei_rules_fire_once_each_and_only_for_hebei_projects() {
        RuleEvaluation e = RuleTestSupport.judge(EligibilityFact.of("CN-HEBEI-2024", "P", 100, 400, 330, false,
                false, false));
        assertThat(e.firedRules()).containsExactlyInAnyOrder("ELIG-HE-001", "ELIG-HE-002", "ELIG-HE-003");
        RuleEvaluation other = RuleTestSupport.judge(EligibilityFact.of("CN-GANSU-2023", "P", 100, 400, 330,
                false, false, false));
        assertThat(other.firedRules()).containsExactlyInAnyOrder("ELIG-GS-001", "ELIG-GS-002");
        RuleEvaluation unknown = RuleTestSupport.judge(EligibilityFact.of("XX-NONE", "P", 1, 1, 1, false,
                false, false));
        assertThat(unknown.firedRules()).isEmpty();
    }

    @Test
    void shandong_power_boundary() {
        assertThat(passed(judge("CN-SHANDONG-2022", 30, 60, 0, true, true, true).get("ELIG-SD-001"))).isTrue();
        assertThat(passed(judge("CN-SHANDONG-2022", 30.01, 60, 0, true, true, true).get("ELIG-SD-001"))).isTrue();
        assertThat(passed(judge("CN-SHANDONG-2022", 29.99, 60, 0, true, true, true).get("ELIG-SD-001"))).isFalse();
    }

    @Test
    void shandong_yes_no_conditions() {
        Map<String, Finding> all = judge("CN-SHANDONG-2022", 50, 100, 0, true, true, true);
        assertThat(all.values()).allMatch(EligibilityRulesTest::passed).hasSize(4);
        assertThat(passed(judge("CN-SHANDONG-2022", 50, 100, 0, false, true, true).get("ELIG-SD-002"))).isFalse();
        assertThat(passed(judge("CN-SHANDONG-2022", 50, 100, 0, true, false, true).get("ELIG-SD-003"))).isFalse();
        Finding entity = judge("CN-SHANDONG-2022", 50, 100, 0, true, true, false).get("ELIG-SD-004");
        assertThat(passed(entity)).isFalse();
        assertThat(entity.evidence()).containsEntry("required", "yes").containsEntry("actual", "no");
        assertThat(entity.message().in(java.util.Locale.SIMPLIFIED_CHINESE)).contains("否");
    }

    @Test
    void gansu_power_and_energy_boundaries() {
        assertThat(judge("CN-GANSU-2023", 10, 20, 0, false, false, false).values())
                .allMatch(EligibilityRulesTest::passed).hasSize(2);
        assertThat(passed(judge("CN-GANSU-2023", 10.01, 20.01, 0, false, false, false).get("ELIG-GS-001"))).isTrue();
        assertThat(passed(judge("CN-GANSU-2023", 9.99, 20, 0, false, false, false).get("ELIG-GS-001"))).isFalse();
        assertThat(passed(judge("CN-GANSU-2023", 10, 19.99, 0, false, false, false).get("ELIG-GS-002"))).isFalse();
    }

    @Test
    void national_conditions() {
        assertThat(judge("CN-NATIONAL-2022", 5, 10, 0, true, true, true).values())
                .allMatch(EligibilityRulesTest::passed).hasSize(3);
        assertThat(passed(judge("CN-NATIONAL-2022", 5, 10, 0, false, true, true).get("ELIG-NA-001"))).isFalse();
        assertThat(passed(judge("CN-NATIONAL-2022", 5, 10, 0, true, false, true).get("ELIG-NA-002"))).isFalse();
        assertThat(passed(judge("CN-NATIONAL-2022", 5, 10, 0, true, true, false).get("ELIG-NA-003"))).isFalse();
    }

    @Test
    void every_rule_set_header_is_parsed() {
        Map<String, RuleSetInfo> sets = RuleSetInfo.of(RuleTestSupport.shippedRules().current());
        assertThat(sets).containsKeys("CN-HEBEI-2024", "CN-SHANDONG-2022", "CN-GANSU-2023", "CN-NATIONAL-2022");
        RuleSetInfo hebei = sets.get("CN-HEBEI-2024");
        assertThat(hebei.asOf()).hasToString("2024-01-27");
        assertThat(hebei.source()).contains("Hebei");
        assertThat(hebei.requires()).containsExactly("ratedPowerMw", "ratedEnergyMwh", "annualCycles");
        assertThat(hebei.ruleIds()).containsExactly("ELIG-HE-001", "ELIG-HE-002", "ELIG-HE-003");
        assertThat(hebei.version()).hasSize(12);
        assertThat(sets.get("CN-SHANDONG-2022").requires()).contains("independentMetering", "legalEntity");
    }

    @Test
    void every_shipped_rule_set_has_its_title_and_source_in_chinese_and_english() {
        for (RuleSetInfo set : RuleSetInfo.of(RuleTestSupport.shippedRules().current()).values()) {
            assertThat(set.title(java.util.Locale.ENGLISH)).as(set.name()).isEqualTo(set.title());
            assertThat(set.source(java.util.Locale.ENGLISH)).as(set.name()).isEqualTo(set.source());
            assertThat(set.title(java.util.Locale.SIMPLIFIED_CHINESE)).as(set.name()).containsPattern("\\p{IsHan}");
            assertThat(set.source(java.util.Locale.SIMPLIFIED_CHINESE)).as(set.name()).containsPattern("\\p{IsHan}");
        }
        RuleSetInfo hebei = RuleSetInfo.of(RuleTestSupport.shippedRules().current()).get("CN-HEBEI-2024");
        assertThat(hebei.title(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("河北独立储能试点容量电价");
        // a header without the Chinese tags falls back to English rather than showing nothing
        RuleSetInfo bare = new RuleSetInfo("X", "Title", "Source", hebei.asOf(), java.util.List.of(), "x.drl", "v",
                java.util.List.of(), "// @ruleSet X\n// @title Title\n");
        assertThat(bare.title(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("Title");
    }

    @Test
    void every_shipped_rule_has_a_chinese_title_shown_to_chinese_readers_and_english_otherwise() {
        assertThat(RuleTestSupport.shippedRules().current().rules()).hasSizeGreaterThanOrEqualTo(24);
        for (RuleBase.RuleInfo r : RuleTestSupport.shippedRules().current().rules()) {
            assertThat(r.title(java.util.Locale.ENGLISH)).as(r.id()).isEqualTo(r.title()).doesNotContainPattern("\\p{IsHan}");
            assertThat(r.title(java.util.Locale.SIMPLIFIED_CHINESE)).as(r.id()).containsPattern("\\p{IsHan}");
        }
        RuleBase.RuleInfo he001 = RuleTestSupport.shippedRules().current().rules().stream().filter(r -> r.id().equals("ELIG-HE-001"))
                .findFirst().orElseThrow();
        assertThat(he001.title()).isEqualTo("Rated power at least 100 MW");
        assertThat(he001.title(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("额定功率不低于 100 MW");
        // only the comment line right above the rule counts; a rule without one keeps its English title
        String drl = "// @titleZh 甲\nrule \"A-1 First\"\nwhen then end\n\n// @titleZh 乙\n// other\nrule \"B-1 Second\"\n";
        assertThat(RuleBaseCompiler.chineseTitle(drl, drl.indexOf("A-1"))).isEqualTo("甲");
        assertThat(RuleBaseCompiler.chineseTitle(drl, drl.indexOf("B-1"))).isEmpty();
        assertThat(new RuleBase.RuleInfo("B-1", "Second", "p", "f").title(java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("Second");
    }
}
