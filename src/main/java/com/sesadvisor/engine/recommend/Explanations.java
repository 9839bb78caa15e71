package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.topsis.Contributions;
import com.sesadvisor.engine.topsis.MonteCarloStability;
import com.sesadvisor.engine.topsis.TopsisPairExplanation;
import com.sesadvisor.engine.topsis.RankReversalCheck;
import com.sesadvisor.engine.topsis.ReversalThresholds;
import com.sesadvisor.engine.topsis.StabilityInterval;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.topsis.ValueChange;
import java.util.List;

/**
 * Everything that explains a ranking (indices refer to {@link IndicatorMatrix} rows and columns).
 *
 * @param contributions            per-criterion contributions to S+ and S-
 * @param topVersusSecond          why the first beats the second (largest weighted gaps)
 * @param valueChangesForSecond    per criterion, the value the second would need to rank first
 * @param weightChangesForSecond   criterion weights at which the second would rank first
 * @param weightStability          per criterion, the weight interval keeping the top alternative first
 * @param monteCarlo               rank-stability frequencies, or null when 0 draws were asked for
 * @param rankReversal             leave-one-out reruns (entropy and combined weights recomputed each time);
 *                                 empty with fewer than 3 alternatives
 * @param rankReversalThresholds   per criterion, the nearest combined-weight shares (others rescaled
 *                                 proportionally) below and above the current one at which any two alternatives
 *                                 swap places, and every such crossing in (0, 1)
 * @param sentences                plain-words sentences for a committee, as texts to render in the reader's
 *                                 language (the REST API and the JSON export call them {@code summary}, in English)
 */
public record Explanations(Contributions contributions, TopsisPairExplanation topVersusSecond,
        List<ValueChange> valueChangesForSecond, List<WeightChange> weightChangesForSecond,
        List<StabilityInterval> weightStability, MonteCarloStability monteCarlo,
        List<RankReversalCheck> rankReversal, List<ReversalThresholds> rankReversalThresholds,
        List<Text> sentences) {

    public Explanations {
        valueChangesForSecond = List.copyOf(valueChangesForSecond);
        weightChangesForSecond = List.copyOf(weightChangesForSecond);
        weightStability = List.copyOf(weightStability);
        rankReversal = List.copyOf(rankReversal);
        rankReversalThresholds = List.copyOf(rankReversalThresholds);
        sentences = List.copyOf(sentences);
    }

}
