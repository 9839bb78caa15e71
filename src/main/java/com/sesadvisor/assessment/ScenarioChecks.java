package com.sesadvisor.assessment;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.Finding;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleEvaluation;
import com.sesadvisor.rules.Severity;
import com.sesadvisor.rules.facts.RevenueSetupFact;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenario before any finance runs: confirmed keys must be assumptions, an ineligible project earns no capacity
 * price (ADV-ELIG-001), and inputs the model cannot use are refused, first by the validator's range checks and then
 * by the rules' refusals (ADV-TISES-001, ADV-CHARGE-001), each naming the field.
 */
final class ScenarioChecks {

    private ScenarioChecks() {
    }

    /** @throws InvalidFinanceInputException for a confirmed key that is no assumption */
    static void refuseUnknownConfirmed(Set<String> confirmed) {
        for (String key : confirmed) {
            if (AssumptionField.byKey(key) == null) {
                throw new InvalidFinanceInputException("confirmedAssumptions",
                        Text.of("engine.recommendation.violation.unknownConfirmed", key));
            }
        }
    }

    /** The assumptions as used: no capacity-price revenue when the project is not eligible (said in adjustments). */
    static Assumptions applyEligibility(Assumptions a, EligibilityConclusion verdict, List<Text> adjustments) {
        Assumptions adjusted = verdict == null ? a : a.forEligibility(verdict.eligible());
        if (adjusted != a) {
            adjustments.add(Text.of("engine.recommendation.notEligible",
                    a.get(AssumptionField.CAPACITY_PRICE_PER_KW_YEAR), verdict.ruleSet()));
        }
        return adjusted;
    }

    /**
     * Range checks, then the rules' refusals for every alternative.
     *
     * @return the rules' evaluation (its fired rules belong to the report)
     * @throws InvalidFinanceInputException naming every refused field
     */
    static RuleEvaluation refuseUnusable(RuleEngine rules, Assumptions a, List<Alternative> alts) {
        List<Violation> violations = new ArrayList<>(AssumptionValidator.violations(a));
        if (!violations.isEmpty()) {
            throw new InvalidFinanceInputException(violations);
        }
        List<Object> setupFacts = new ArrayList<>();
        for (Alternative alt : alts) {
            setupFacts.add(setupFact(alt.name(), alt.model(), alt.mechanism(), a));
        }
        RuleEvaluation precheck = rules.evaluate(setupFacts);
        Set<String> refusedFields = new LinkedHashSet<>();
        for (Finding f : precheck.findings()) {
            if (f.severity() == Severity.ERROR) {
                String field = String.valueOf(f.evidence().getOrDefault("field", "assumptions"));
                if (refusedFields.add(field + "|" + f.ruleId())) {
                    violations.add(new Violation(field, Text.of("engine.recommendation.violation.rule", f.ruleId(),
                            f.message())));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidFinanceInputException(violations);
        }
        return precheck;
    }

    /** How an alternative earns its revenue, for the refusal rules (ADV-TISES-001, ADV-CHARGE-001). */
    static RevenueSetupFact setupFact(String name, InvestmentModel model, ProfitMechanism mechanism, Assumptions a) {
        List<RevenueStream> streams = mechanism.streams(model, a);
        boolean arbitrage = streams.contains(RevenueStream.ARBITRAGE);
        boolean lease = streams.contains(RevenueStream.LEASE);
        double leased = lease ? a.get(AssumptionField.LEASED_SHARE) : 0.0;
        double arbShare = !arbitrage ? 0.0 : a.flag(AssumptionField.ARBITRAGE_ON_UNLEASED_ONLY) ? 1 - leased : 1.0;
        double total = Math.round((leased + arbShare) * 1e9) / 1e9;
        return new RevenueSetupFact(name, model.name(), mechanism.name(), arbitrage, lease,
                a.flag(AssumptionField.CHARGING_COST_IN_OPEX), leased, arbShare, total);
    }
}
