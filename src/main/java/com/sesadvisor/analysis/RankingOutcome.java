package com.sesadvisor.analysis;

import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.rules.Finding;
import java.util.List;
import java.util.Objects;

/**
 * A ranking with its whole trace (weights, TOPSIS, explanations) and the rule base's advice on it.
 *
 * @param recommendation  the pipeline's result
 * @param findings        advisory findings with rule IDs (empty when no advisory rule applies)
 * @param ruleBaseVersion content hash of the rule-base generation that judged it
 * @param indicatorNotes  how each indicator value was derived where a convention was needed (e.g. undefined IRR)
 */
public record RankingOutcome(Recommendation recommendation, List<Finding> findings, String ruleBaseVersion,
                             List<String> indicatorNotes) {

    public RankingOutcome {
        Objects.requireNonNull(recommendation, "recommendation");
        findings = List.copyOf(findings);
        indicatorNotes = List.copyOf(indicatorNotes);
    }
}
