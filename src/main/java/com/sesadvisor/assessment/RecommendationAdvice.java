package com.sesadvisor.assessment;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.AssumptionValue;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.RevenueStream;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.recommend.AdvisoryFacts;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleEvaluation;
import com.sesadvisor.rules.facts.AssumptionFact;
import com.sesadvisor.rules.facts.ModelFinanceFact;
import com.sesadvisor.rules.facts.ProjectEligibilityFact;
import com.sesadvisor.rules.facts.RankingFact;
import com.sesadvisor.rules.facts.SpreadBreakEvenFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the advisory rules are told about a finished ranking (finance per alternative, break-even spreads, every
 * assumption with its provenance, the ranking's stability, the eligibility verdict, the hierarchy's consistency)
 * and their evaluation. Java only gathers facts; the rules decide what to say.
 */
final class RecommendationAdvice {

    private RecommendationAdvice() {
    }

    static RuleEvaluation evaluate(RuleEngine rules, List<Object> ahpFacts,
                                   List<RecommendationReport.AlternativeFinance> finance, Assumptions a,
                                   CashFlowView view, Recommendation rec, EligibilityConclusion verdict,
                                   Set<String> confirmed) {
        List<Object> facts = new ArrayList<>(ahpFacts);
        for (RecommendationReport.AlternativeFinance f : finance) {
            IrrResult irr = f.metrics().irr();
            facts.add(new ModelFinanceFact(f.name(), view.name(), irr.value().isPresent(),
                    irr.value().orElse(Double.NaN), a.discountRate(), f.metrics().npv()));
            BreakEven be = f.breakEven();
            if (be != null) {
                boolean reachable = be.exactSpread() != null;
                double exact = reachable ? be.exactSpread() : Double.NaN;
                facts.add(new SpreadBreakEvenFact(f.name(), a.spread(), reachable, exact,
                        reachable ? exact - a.spread() : Double.NaN, be.unitInvestmentPerWh()));
            }
        }
        boolean demandUsed = finance.stream().anyMatch(f -> f.result().streams().contains(RevenueStream.DEMAND_CHARGE));
        for (AssumptionValue v : a.describe()) {
            boolean used = !v.key().equals(AssumptionField.DEMAND_CHARGE_BASIS_SHARE.key()) || demandUsed;
            facts.add(new AssumptionFact(v.key(), v.value(), v.defaultValue(), v.unit(), v.provenance().name(), used,
                    confirmed.contains(v.key())));
        }
        AdvisoryFacts af = rec.facts();
        Double minSecond = af.minimumWeightChangeForSecondToWin();
        facts.add(new RankingFact(af.top(), af.second(), af.closenessGap(), minSecond != null,
                minSecond == null ? Double.NaN : minSecond, af.stabilityMargin()));
        if (verdict != null) {
            facts.add(new ProjectEligibilityFact(verdict.ruleSet(), verdict.ruleSetVersion(), verdict.eligible()));
        }
        return rules.evaluate(facts);
    }
}
