package com.sesadvisor.analysis;

import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.Finding;
import java.util.List;
import java.util.Objects;

/**
 * A ranking with its whole trace (weights, TOPSIS, explanations) and the rule base's advice on it.
 *
 * @param recommendation    the pipeline's result
 * @param findings          advisory findings with rule IDs (empty when no advisory rule applies)
 * @param ruleBaseVersion   content hash of the rule-base generation that judged it
 * @param notes             how each indicator value was derived where a convention was needed (e.g. undefined IRR),
 *                          adjustments to the scenario and the pipeline's notes on its inputs, as texts
 * @param alternativeLabels one label per alternative (row of the indicator matrix), in the reader's language: the
 *                          model, or model / profit mechanism when combinations are ranked
 */
public record RankingOutcome(Recommendation recommendation, List<Finding> findings, String ruleBaseVersion,
                             List<Text> notes, List<Text> alternativeLabels) {

    public RankingOutcome {
        Objects.requireNonNull(recommendation, "recommendation");
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        alternativeLabels = List.copyOf(alternativeLabels);
        if (alternativeLabels.size() != recommendation.indicators().alternativeCount()) {
            throw new IllegalArgumentException("one label per alternative is needed");
        }
    }

    /** The label of the alternative with this name (a row name of the indicator matrix), or null. */
    public Text label(String alternative) {
        int i = recommendation.indicators().indexOf(alternative);
        return i < 0 ? null : alternativeLabels.get(i);
    }

    /**
     * The text with every argument that names an alternative replaced by the alternative's label, so that a
     * sentence of the engine or a rule finding says "CSSES / 两部制电价" where it was given the row name
     * "CSSES / TWO_PART_TARIFF" as a typed argument (findings carry their alternatives as arguments, never in prose).
     */
    public Text labelled(Text t) {
        List<Object> args = t.args().stream().map(a -> a instanceof Text x ? labelled(x)
                : a instanceof String s && label(s) != null ? (Object) label(s) : a).toList();
        return new Text(t.key(), args);
    }

}
