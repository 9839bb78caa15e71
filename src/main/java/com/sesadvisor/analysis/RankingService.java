package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.recommend.IndicatorMatrix;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.recommend.RecommendationEngine;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Ranks finance runs with the recommendation pipeline and asks the rule base for advice on the result
 * (the engine's {@code AdvisoryFacts} are the facts; the rules decide what a committee is told).
 */
@Service
public class RankingService {

    private final RuleEngine rules;

    public RankingService(RuleEngine rules) {
        this.rules = rules;
    }

    /**
     * @param names   alternative names, one per result
     * @param weights subjective weight by criterion id (column order)
     */
    public RankingOutcome rank(List<String> names, List<FinanceResult> results, CashFlowView view,
                               Map<String, Double> weights, RecommendationOptions options) {
        List<String> ids = new ArrayList<>(weights.keySet());
        IndicatorMatrixFactory.Built built = IndicatorMatrixFactory.build(names, results, view, ids);
        return rank(built.matrix(), ids.stream().mapToDouble(weights::get).toArray(), options, built.notes());
    }

    RankingOutcome rank(IndicatorMatrix matrix, double[] subjective, RecommendationOptions options,
                        List<String> notes) {
        Recommendation rec = RecommendationEngine.recommend(matrix, subjective, options);
        RuleEvaluation eval = rules.evaluate(List.of(rec.facts()));
        return new RankingOutcome(rec, eval.findings(), eval.ruleBaseVersion(), notes);
    }
}
