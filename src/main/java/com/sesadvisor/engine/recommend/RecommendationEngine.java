package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import com.sesadvisor.engine.topsis.MonteCarloStability;
import com.sesadvisor.engine.topsis.TopsisPairExplanation;
import com.sesadvisor.engine.topsis.PaperReplication;
import com.sesadvisor.engine.topsis.RankReversalCheck;
import com.sesadvisor.engine.topsis.ReplicationComparison;
import com.sesadvisor.engine.topsis.StabilityInterval;
import com.sesadvisor.engine.topsis.Topsis;
import com.sesadvisor.engine.topsis.TopsisExplainer;
import com.sesadvisor.engine.topsis.TopsisResult;
import com.sesadvisor.engine.topsis.ValueChange;
import com.sesadvisor.engine.topsis.WeightSensitivity;
import com.sesadvisor.engine.weighting.CombinedWeights;
import com.sesadvisor.engine.weighting.EntropyWeighting;
import com.sesadvisor.engine.weighting.EntropyWeights;
import com.sesadvisor.engine.weighting.WeightCombiner;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The core of the recommendation pipeline, independent of the finance engine: indicator matrix + subjective
 * weights + options -> entropy weights -> combined weights -> TOPSIS -> explanations -> {@link Recommendation}.
 * The finance engine (later) only has to build the {@link IndicatorMatrix}. Stateless and thread-safe.
 */
public final class RecommendationEngine {

    private RecommendationEngine() {
    }

    /** With {@link RecommendationOptions#defaults()}. */
    public static Recommendation recommend(IndicatorMatrix indicators, double[] subjectiveWeights) {
        return recommend(indicators, subjectiveWeights, RecommendationOptions.defaults());
    }

    /**
     * Runs the pipeline.
     *
     * @param indicators        the decision matrix (validated on construction)
     * @param subjectiveWeights one non-negative weight per criterion, not all zero (field {@code subjective}),
     *                          e.g. AHP global weights
     * @param options           null means defaults
     * @throws com.sesadvisor.engine.mcda.DecisionInputException subclasses naming the offending field
     */
    public static Recommendation recommend(IndicatorMatrix indicators, double[] subjectiveWeights,
            RecommendationOptions options) {
        if (indicators == null) {
            throw new com.sesadvisor.engine.mcda.TooFewAlternativesException("indicators", "matrix is missing");
        }
        RecommendationOptions opt = options == null ? RecommendationOptions.defaults() : options;
        int n = indicators.criterionCount();
        DecisionInputChecks.weights(subjectiveWeights, n, "subjective");
        double[][] x = indicators.values();
        List<String> names = indicators.alternatives();
        List<String> criterionNames = indicators.criterionNames();
        List<Text> notes = new ArrayList<>();

        EntropyWeights entropy = EntropyWeighting.compute(x);
        entropy.notes().forEach(t -> notes.add(named(t, indicators)));
        CombinedWeights combined = WeightCombiner.combine(subjectiveWeights, entropy.weights(), opt.combination(),
                opt.alpha());
        TopsisResult topsis = Topsis.evaluate(x, combined.weights(), indicators.directions(), opt.normalization());
        topsis.findings().forEach(t -> notes.add(named(t, indicators)));

        int top = topsis.top();
        int second = topsis.second();
        TopsisPairExplanation pair = TopsisExplainer.compare(topsis, top, second);
        List<ValueChange> valueChanges = TopsisExplainer.valueChangesToWin(topsis, second);
        List<StabilityInterval> stability = TopsisExplainer.weightStability(topsis);
        MonteCarloStability mc = opt.monteCarloDraws() > 0
                ? TopsisExplainer.monteCarlo(topsis, opt.monteCarloDraws(), opt.monteCarloSpread(), opt.seed())
                : null;
        double[] fallback = combined.weights();
        List<RankReversalCheck> reversal = TopsisExplainer.leaveOneOut(topsis, sub -> {
            try {
                return WeightCombiner.combine(subjectiveWeights, EntropyWeighting.compute(sub).weights(),
                        opt.combination(), opt.alpha()).weights();
            } catch (InvalidWeightsException e) {
                return fallback;
            }
        });
        if (indicators.alternativeCount() < 3) {
            notes.add(Text.of("engine.recommend.twoAlternatives"));
        }

        List<WeightChange> weightChanges = new ArrayList<>();
        Double minAny = null;
        Double minSecond = null;
        String sensitive = null;
        for (StabilityInterval s : stability) {
            Double margin = s.marginToReversal();
            if (margin != null && (minAny == null || margin < minAny)) {
                minAny = margin;
                sensitive = indicators.criteria().get(s.criterion()).id();
            }
            if (s.leaderBelow() != null && s.leaderBelow() == second) {
                weightChanges.add(new WeightChange(s.criterion(), criterionNames.get(s.criterion()), s.weight(),
                        s.lower()));
                minSecond = min(minSecond, s.weight() - s.lower());
            }
            if (s.leaderAbove() != null && s.leaderAbove() == second) {
                weightChanges.add(new WeightChange(s.criterion(), criterionNames.get(s.criterion()), s.weight(),
                        s.upper()));
                minSecond = min(minSecond, s.upper() - s.weight());
            }
        }
        boolean reversalDetected = reversal.stream().anyMatch(RankReversalCheck::reversal);
        double gap = topsis.closeness(top) - topsis.closeness(second);
        AdvisoryFacts facts = new AdvisoryFacts(names.get(top), names.get(second), gap, minAny, sensitive,
                minSecond, opt.stabilityMargin(), minSecond != null && minSecond <= opt.stabilityMargin(),
                minAny != null && minAny <= opt.stabilityMargin(), mc == null ? null : mc.topStaysFirst(),
                topsis.allAlternativesIdentical(), reversalDetected);

        List<Text> summary = summary(indicators, topsis, pair, valueChanges, weightChanges, facts, mc, reversal);
        Explanations explanations = new Explanations(TopsisExplainer.contributions(topsis), pair, valueChanges,
                weightChanges, stability, mc, reversal, WeightSensitivity.thresholds(topsis), summary);

        List<RankedAlternative> ranking = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ranking.add(new RankedAlternative(names.get(i), topsis.closeness(i), topsis.rank(i)));
        }
        ReplicationComparison replication = opt.paperReplication()
                ? PaperReplication.compareLabelled(x, combined.weights(), indicators.directions(), names,
                        indicators.criteria().stream().map(Criterion::label).toList(), opt.normalization())
                : null;
        return new Recommendation(indicators, opt, subjectiveWeights, entropy, combined, topsis, ranking,
                explanations, facts, replication, notes);
    }

    /** Notes of the weighting and TOPSIS steps that list column indices, reworded with the criteria's names. */
    private static final Map<String, String> NAMED_NOTES = Map.of(
            "engine.entropy.minMax", "engine.recommend.minMax",
            "engine.entropy.constant", "engine.recommend.constant",
            "engine.topsis.zeroColumns", "engine.recommend.zeroColumns",
            "engine.topsis.constantColumns", "engine.recommend.constantColumns");

    private static Text named(Text note, IndicatorMatrix indicators) {
        String key = NAMED_NOTES.get(note.key());
        if (key == null || !(note.args().get(0) instanceof List<?> columns) || columns.isEmpty()) {
            return note;
        }
        return Text.of(key, TextLists.commas(columns.stream()
                .map(j -> indicators.criteria().get((Integer) j).label()).toList()));
    }

    /** Four significant digits, as a number (each language formats it). */
    private static double significant(double x) {
        return Double.isFinite(x) && x != 0 ? new BigDecimal(x).round(new MathContext(4)).doubleValue() : x;
    }

    private static Double min(Double a, double b) {
        return a == null ? b : Math.min(a, b);
    }

    private static List<Text> summary(IndicatorMatrix ind, TopsisResult t, TopsisPairExplanation pair,
            List<ValueChange> values, List<WeightChange> weights, AdvisoryFacts f, MonteCarloStability mc,
            List<RankReversalCheck> reversal) {
        List<Text> out = new ArrayList<>();
        List<String> a = ind.alternatives();
        List<Criterion> c = ind.criteria();
        if (t.allAlternativesIdentical()) {
            out.add(Text.of("engine.summary.identical"));
            return out;
        }
        out.add(Text.of("engine.summary.first", f.top(), t.closeness(pair.first()), f.second(),
                t.closeness(pair.second())));
        if (!pair.advantages().isEmpty()) {
            List<Text> adv = pair.advantages().stream().limit(3).map(g -> c.get(g.criterion()).label()).toList();
            out.add(Text.of("engine.summary.ahead", f.top(), f.second(), TextLists.commas(adv)));
        }
        if (!pair.disadvantages().isEmpty()) {
            List<Text> dis = pair.disadvantages().stream().limit(3).map(g -> c.get(g.criterion()).label()).toList();
            out.add(Text.of("engine.summary.better", f.second(), TextLists.commas(dis)));
        }
        List<Text> changes = new ArrayList<>();
        for (ValueChange v : values) {
            if (v.feasible()) {
                Criterion cr = c.get(v.criterion());
                Text unit = cr.unitText();
                double required = significant(v.requiredValue());
                double current = significant(v.currentValue());
                changes.add(unit == null
                        ? Text.of("engine.summary.valueChangeNoUnit", cr.label(), required, current)
                        : Text.of("engine.summary.valueChange", cr.label(), required, unit, current));
            }
        }
        if (changes.isEmpty()) {
            out.add(Text.of("engine.summary.noSingleChange", f.second()));
        } else {
            out.add(Text.of("engine.summary.anyOf", f.second(), TextLists.semicolons(changes)));
        }
        if (!weights.isEmpty()) {
            List<Text> w = weights.stream().map(x -> Text.of("engine.summary.weightChange",
                    c.get(x.criterion()).label(), x.requiredWeight(), x.currentWeight())).toList();
            out.add(Text.of("engine.summary.alsoAt", f.second(), TextLists.semicolons(w)));
        }
        if (f.topTwoWithinStabilityMargin()) {
            out.add(Text.of("engine.summary.sensitive", f.minimumWeightChangeForSecondToWin(), f.second()));
        }
        if (mc != null) {
            out.add(Text.of("engine.summary.monteCarlo", f.top(), 100 * mc.topStaysFirst(), mc.draws(),
                    100 * mc.spread()));
        }
        for (RankReversalCheck r : reversal) {
            if (r.reversal()) {
                out.add(Text.of("engine.summary.reversal", a.get(r.removed())));
            }
        }
        return out;
    }
}
