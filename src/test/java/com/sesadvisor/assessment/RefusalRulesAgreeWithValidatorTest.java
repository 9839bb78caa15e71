package com.sesadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.rules.RuleBaseCompiler;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleEvaluation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The refusal rules ADV-TISES-001 and ADV-CHARGE-001 and the finance engine's AssumptionValidator refuse exactly the
 * same scenarios (every model x mechanism, at and around the boundaries), naming the same field.
 */
class RefusalRulesAgreeWithValidatorTest {

    private static RuleEngine rules;

    @BeforeAll
    static void compile() {
        rules = new RuleEngine(new RuleBaseCompiler(Clock.systemUTC()).compile(Path.of("rules")));
    }

    @Test
    void rules_and_validator_agree_on_every_model_and_mechanism() {
        List<Assumptions> cases = List.of(
                Assumptions.paperDefaults(),
                Assumptions.paperDefaults().with(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY, false),
                Assumptions.paperDefaults().with(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY, false)
                        .with(AssumptionField.LEASED_SHARE, 0.0),
                Assumptions.paperDefaults().with(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY, false)
                        .with(AssumptionField.LEASED_SHARE, 1e-9),
                Assumptions.paperDefaults().with(AssumptionField.LEASED_SHARE, 1.0),
                Assumptions.paperDefaults().with(AssumptionField.LEASED_SHARE, 0.3),
                Assumptions.paperDefaults().with(AssumptionField.CHARGING_COST_IN_OPEX, true),
                Assumptions.paperDefaults().with(AssumptionField.CHARGING_COST_IN_OPEX, true)
                        .with(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY, false));
        int refusals = 0;
        for (Assumptions a : cases) {
            for (InvestmentModel m : InvestmentModel.values()) {
                for (ProfitMechanism p : ProfitMechanism.values()) {
                    List<String> validator = AssumptionValidator.violations(a, m, p).stream().map(Violation::field)
                            .sorted().toList();
                    RuleEvaluation e = rules.evaluate(List.of(ScenarioChecks.setupFact(m.name(), m, p, a)));
                    List<String> byRules = e.findings().stream().map(f -> (String) f.evidence().get("field"))
                            .sorted().toList();
                    assertThat(byRules).as("%s %s %s", m, p, a).isEqualTo(validator);
                    refusals += byRules.size();
                }
            }
        }
        assertThat(refusals).isGreaterThan(10);
    }
}
