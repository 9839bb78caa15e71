package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.mcda.InvalidOptionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks several indicator matrices side by side (e.g. the paper's spread 0.52 and 0.92 ¥/kWh scenarios) with
 * the same subjective weights and options; entropy weights are recomputed per scenario, as the method implies.
 */
public final class ScenarioComparison {

    private ScenarioComparison() {
    }

    /**
     * @param scenarios         at least one, unique names, each with as many criteria as subjective weights
     * @param subjectiveWeights shared subjective weights
     * @param options           null means defaults
     */
    public static List<ScenarioOutcome> compare(List<Scenario> scenarios, double[] subjectiveWeights,
            RecommendationOptions options) {
        if (scenarios == null || scenarios.isEmpty()) {
            throw new InvalidOptionException("scenarios", "at least one scenario is needed");
        }
        Set<String> seen = new HashSet<>();
        List<ScenarioOutcome> out = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            Scenario s = scenarios.get(k);
            if (s == null) {
                throw new InvalidOptionException("scenarios[" + k + "]", "scenario is missing");
            }
            if (!seen.add(s.name())) {
                throw new InvalidNameException("scenarios[" + k + "].name", "duplicate scenario '" + s.name() + "'");
            }
            Recommendation r = RecommendationEngine.recommend(s.indicators(), subjectiveWeights, options);
            Boolean same = null;
            if (s.published() != null) {
                same = true;
                for (RankedAlternative a : r.ranking()) {
                    if (s.published().rankOf(a.model()) != a.rank()) {
                        same = false;
                    }
                }
            }
            out.add(new ScenarioOutcome(s.name(), r, s.published(), same));
        }
        return out;
    }
}
