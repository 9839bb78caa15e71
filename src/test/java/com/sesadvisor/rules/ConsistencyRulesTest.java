package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.rules.facts.MatrixConsistencyFact;
import org.junit.jupiter.api.Test;

/** AHP-CR-001 at its boundary: CR >= 0.10 is inconsistent (Saaty 1980), 0.0999... is not. */
class ConsistencyRulesTest {


    private static RuleEvaluation judge(double cr) {
        return RuleTestSupport.judge(new MatrixConsistencyFact("criteria", 4, cr, cr * 0.9, "SAATY_1980"));
    }

    @Test
    void ahp_cr_001_fires_exactly_at_0_10() {
        RuleEvaluation e = judge(0.10);
        assertThat(e.firedRules()).containsExactly("AHP-CR-001");
        Finding f = e.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("AHP-CR-001");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsEntry("cr", 0.10).containsEntry("threshold", 0.10);
        assertThat(f.message().english()).contains("0.100");
        assertThat(f.message().in(java.util.Locale.SIMPLIFIED_CHINESE)).contains("不一致");
    }

    @Test
    void ahp_cr_001_fires_above_the_threshold() {
        assertThat(judge(0.169).hasFinding("AHP-CR-001")).isTrue();
    }

    @Test
    void ahp_cr_001_does_not_fire_just_below() {
        RuleEvaluation e = judge(Math.nextDown(0.10));
        assertThat(e.findings()).isEmpty();
        assertThat(e.firedRules()).isEmpty();
    }

    @Test
    void every_evaluation_names_the_rule_base_version() {
        assertThat(judge(0.05).ruleBaseVersion()).isEqualTo(RuleTestSupport.shippedRules().current().version())
                .hasSize(12);
    }
}
