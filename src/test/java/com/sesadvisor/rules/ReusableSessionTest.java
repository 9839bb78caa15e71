package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.rules.facts.EligibilityFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch worker reuses one rule session for many projects: its verdicts must be exactly those of a fresh session
 * per project (nothing of one project's facts or findings may leak into the next), for every shipped rule set.
 */
class ReusableSessionTest {

    @Test
    void a_reused_session_judges_every_project_exactly_as_a_fresh_session_does() {
        RuleEngine engine = RuleTestSupport.shippedRules();
        try (RuleEngine.Pinned pinned = engine.pin()) {
            RuleBase rb = pinned.ruleBase();
            List<RuleSetInfo> sets = RuleSetInfo.all(rb).stream()
                    .filter(s -> s.file().startsWith("eligibility/")).toList();
            assertThat(sets).hasSizeGreaterThanOrEqualTo(4);
            int eligible = 0;
            int notEligible = 0;
            for (RuleSetInfo set : sets) {
                try (RuleEngine.ReusableSession session = EligibilityJudge.session(rb, set, ExecutionLimits.DEFAULT)) {
                    for (int i = 0; i < 300; i++) {
                        double mw = 1 + (i * 7) % 300;
                        EligibilityFact fact = EligibilityFact.of(set.name(), "P" + i, mw, mw * (0.5 + (i % 9) * 0.5),
                                50 + (i * 13) % 500, i % 2 == 0, i % 3 != 0, i % 5 != 0);
                        EligibilityJudge.Judgement fresh = EligibilityJudge.judge(rb, set, fact,
                                ExecutionLimits.DEFAULT);
                        EligibilityJudge.Judgement reused = EligibilityJudge.judge(session, set, fact);
                        assertThat(reused).as("%s project %d", set.name(), i).isEqualTo(fresh);
                        if (fresh.eligible()) {
                            eligible++;
                        } else {
                            notEligible++;
                        }
                    }
                }
            }
            // both sides of the thresholds were exercised
            assertThat(eligible).isPositive();
            assertThat(notEligible).isPositive();
        }
    }
}
