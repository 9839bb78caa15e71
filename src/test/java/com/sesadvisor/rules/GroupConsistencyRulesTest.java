package com.sesadvisor.rules;

import static com.sesadvisor.rules.RuleTestSupport.judge;
import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.rules.facts.ExpertConsistencyFact;
import com.sesadvisor.rules.facts.GroupConsensusFact;
import com.sesadvisor.rules.facts.MatrixConsistencyFact;
import com.sesadvisor.rules.facts.MissingJudgementsFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AHP-CR-002, AHP-GRP-001, AHP-GRP-002 and AHP-MISS-001 (rules.md section 1) at their boundaries. */
class GroupConsistencyRulesTest {


    @Test
    void ahp_cr_002_fires_for_eleven_elements() {
        RuleEvaluation e = judge(new MatrixConsistencyFact("criteria", 11, 0.05, 0.07, "ALONSO_LAMATA"));
        assertThat(e.firedRules()).containsExactly("AHP-CR-002");
        assertThat(e.findings().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(e.findings().get(0).message().english()).contains("Alonso-Lamata");
    }

    @Test
    void ahp_cr_002_does_not_fire_for_ten_elements() {
        assertThat(judge(new MatrixConsistencyFact("criteria", 10, 0.05, 0.07, "SAATY_1980")).findings()).isEmpty();
    }

    @Test
    void ahp_grp_001_flags_an_expert_at_0_10_and_carries_the_setting() {
        RuleEvaluation kept = judge(new ExpertConsistencyFact("criteria", 2, 0.10, false));
        assertThat(kept.firedRules()).containsExactly("AHP-GRP-001");
        assertThat(kept.findings().get(0).evidence()).containsEntry("expert", 2).containsEntry("excluded", false);
        assertThat(kept.findings().get(0).message().english()).contains("kept");
        RuleEvaluation excluded = judge(new ExpertConsistencyFact("criteria", 2, 0.10, true));
        assertThat(excluded.findings().get(0).evidence()).containsEntry("excluded", true);
        assertThat(excluded.findings().get(0).message().english()).contains("excluded");
    }

    @Test
    void ahp_grp_001_does_not_fire_just_below_0_10() {
        assertThat(judge(new ExpertConsistencyFact("criteria", 0, Math.nextDown(0.10), true)).findings()).isEmpty();
    }

    @Test
    void ahp_grp_002_advises_discussion_just_below_the_threshold() {
        RuleEvaluation e = judge(new GroupConsensusFact("criteria", Math.nextDown(0.75), "moderate", 0.75));
        assertThat(e.firedRules()).containsExactly("AHP-GRP-002");
        assertThat(e.findings().get(0).message().english()).contains("discuss");
    }

    @Test
    void ahp_grp_002_does_not_fire_at_the_threshold() {
        assertThat(judge(new GroupConsensusFact("criteria", 0.75, "moderate", 0.75)).findings()).isEmpty();
    }

    @Test
    void ahp_miss_001_lists_the_completed_cells() {
        RuleEvaluation e = judge(new MissingJudgementsFact("matrix", 1, List.of("(0,2)")));
        assertThat(e.firedRules()).containsExactly("AHP-MISS-001");
        assertThat(e.findings().get(0).message().english()).contains("(0,2)").contains("Harker");
    }

    @Test
    void ahp_miss_001_does_not_fire_without_missing_judgements() {
        assertThat(judge(new MissingJudgementsFact("matrix", 0, List.of())).findings()).isEmpty();
    }
}
