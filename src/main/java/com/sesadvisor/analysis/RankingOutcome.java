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

    /** {@link #notes()} in English, for writers that do not render texts yet. */
    public List<String> indicatorNotes() {
        return notes.stream().map(Text::english).toList();
    }
}
