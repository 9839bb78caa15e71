package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.DimensionMismatchException;
import java.util.List;

/**
 * A ranking as a publication printed it, to show beside ours.
 *
 * @param source       e.g. "Chi et al. (2025) Table 3-11"
 * @param alternatives names, in the publication's order
 * @param closeness    published closeness values
 * @param ranks        published ranks (1 = best)
 */
public record PublishedRanking(String source, List<String> alternatives, double[] closeness, int[] ranks) {

    public PublishedRanking {
        DecisionInputChecks.names(alternatives, alternatives == null ? 0 : alternatives.size(), "published.alternatives");
        if (closeness.length != alternatives.size() || ranks.length != alternatives.size()) {
            throw new DimensionMismatchException("published", "closeness and ranks need one value per alternative");
        }
        alternatives = List.copyOf(alternatives);
        closeness = closeness.clone();
        ranks = ranks.clone();
    }

    @Override
    public double[] closeness() {
        return closeness.clone();
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }

    /** Published rank of an alternative, or 0 if not listed. */
    public int rankOf(String alternative) {
        int i = alternatives.indexOf(alternative);
        return i < 0 ? 0 : ranks[i];
    }
}
