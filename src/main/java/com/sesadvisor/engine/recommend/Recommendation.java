package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.topsis.ReplicationComparison;
import com.sesadvisor.engine.topsis.TopsisResult;
import com.sesadvisor.engine.weighting.CombinedWeights;
import com.sesadvisor.engine.weighting.EntropyWeights;
import java.util.List;
import java.util.Objects;

/**
 * The result of the recommendation pipeline with every intermediate value, so that a UI or a report can trace
 * each number back (maps onto {@code /api/recommendations}: {@code ranking}, {@code indicators}, {@code weights}
 * = subjective/objective/combined, {@code explanations}; findings come from the rule base using {@link #facts}).
 *
 * @param indicators        the matrix as given
 * @param options           the options used
 * @param subjectiveWeights subjective weights as given (before normalisation)
 * @param entropy           objective weights with entropies and policies applied
 * @param weights           combined weights (stores subjective/objective normalised, α and the method)
 * @param topsis            TOPSIS with all intermediate values
 * @param ranking           one entry per alternative, in input order
 * @param explanations      contributions, comparison, what-if, stability, Monte Carlo, rank reversal
 * @param facts             advisory facts for the rules
 * @param paperReplication  the paper's all-benefit reading beside ours, or null when not asked for
 * @param notes             plain-words notes on policies applied along the way (texts in the reader's language)
 */
public record Recommendation(IndicatorMatrix indicators, RecommendationOptions options, double[] subjectiveWeights,
        EntropyWeights entropy, CombinedWeights weights, TopsisResult topsis, List<RankedAlternative> ranking,
        Explanations explanations, AdvisoryFacts facts, ReplicationComparison paperReplication, List<Text> notes) {

    public Recommendation {
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(options, "options");
        subjectiveWeights = subjectiveWeights.clone();
        Objects.requireNonNull(entropy, "entropy");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(topsis, "topsis");
        ranking = List.copyOf(ranking);
        Objects.requireNonNull(explanations, "explanations");
        Objects.requireNonNull(facts, "facts");
        notes = List.copyOf(notes);
    }

    @Override
    public double[] subjectiveWeights() {
        return subjectiveWeights.clone();
    }

    /** Names best first. */
    public List<String> order() {
        return java.util.Arrays.stream(topsis.order()).mapToObj(i -> indicators.alternatives().get(i)).toList();
    }

    /** Name of the first alternative. */
    public String top() {
        return indicators.alternatives().get(topsis.top());
    }
}
