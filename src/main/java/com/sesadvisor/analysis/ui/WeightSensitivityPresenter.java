package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.analysis.WeightSensitivityText;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.topsis.RankCrossing;
import com.sesadvisor.engine.topsis.ReversalThresholds;
import com.sesadvisor.engine.topsis.TopsisResult;
import com.sesadvisor.engine.topsis.WeightSensitivity;
import com.sesadvisor.engine.weighting.CombinationMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * What the touchable weight sensitivity shows, from a {@link RankingOutcome} (its TOPSIS result and the rank-reversal
 * thresholds the engine computed with it): the ranking at any share of one criterion's combined weight, the
 * thresholds table of every criterion, the slider's marks and the method sentence. No components, so a unit test
 * drives it in either language.
 */
final class WeightSensitivityPresenter {

    /** A mark under the slider: a share, whether the leader changes there, and its tooltip. */
    record Mark(double share, boolean leaderChanges, String title) {
    }

    private final PresenterTexts l;
    private final RankingOutcome ranking;
    private final Recommendation rec;

    WeightSensitivityPresenter(PresenterTexts texts, RankingOutcome ranking) {
        this.l = texts;
        this.ranking = ranking;
        this.rec = ranking.recommendation();
    }

    List<String> criteria() {
        return rec.indicators().criteria().stream().map(c -> l.text(c.label())).toList();
    }

    ReversalThresholds thresholds(int criterion) {
        return rec.explanations().rankReversalThresholds().get(criterion);
    }

    String alternative(int i) {
        return l.text(ranking.alternativeLabels().get(i));
    }

    String share(double s) {
        return l.num(s, 4);
    }

    /** The ranking with criterion j at share t (others rescaled), beside the current rank. */
    TableModel live(int criterion, double share) {
        TopsisResult now = rec.topsis();
        TopsisResult at = WeightSensitivity.at(now, criterion, share);
        List<TableModel.Row> rows = new ArrayList<>();
        for (int i : at.order()) {
            rows.add(new TableModel.Row(String.valueOf(at.rank(i)), List.of(alternative(i), l.num(at.closeness(i), 4),
                    String.valueOf(now.rank(i))), List.of("live-name-" + at.rank(i), "live-closeness-" + i,
                    "live-rank-now-" + i)));
        }
        return new TableModel("weight-live-table", l.text(WeightSensitivityText.LIVE_CAPTION.with(
                criteria().get(criterion), share(share))), List.of(l.t("analysis.rank.rank"),
                l.t("analysis.rank.alternative"), l.t("analysis.rank.closeness"),
                l.text(WeightSensitivityText.RANK_NOW.with())), rows);
    }

    /** criterion | current weight | reverses at (down / up) | pair that swaps (↓ / ↑) | margin. */
    TableModel table() {
        List<String> names = criteria();
        String none = l.text(WeightSensitivityText.NONE.with());
        List<TableModel.Row> rows = new ArrayList<>();
        for (ReversalThresholds t : rec.explanations().rankReversalThresholds()) {
            Double margin = t.margin();
            String marginText = margin == null ? l.text(WeightSensitivityText.NO_REVERSAL.with()) : share(margin);
            if (t.tiedAtWeight()) {
                marginText = l.text(WeightSensitivityText.TIED.with()) + "; " + marginText;
            }
            List<String> pairs = new ArrayList<>();
            if (t.down() != null) {
                pairs.add("↓ " + swap(t.down(), false));
            }
            if (t.up() != null) {
                pairs.add("↑ " + swap(t.up(), true));
            }
            int j = t.criterion();
            rows.add(new TableModel.Row(names.get(j), List.of(share(t.weight()),
                    (t.down() == null ? none : share(t.down().weight())) + " / "
                            + (t.up() == null ? none : share(t.up().weight())),
                    pairs.isEmpty() ? "—" : String.join("; ", pairs), marginText),
                    List.of("rr-weight-" + j, "rr-at-" + j, "rr-pair-" + j, "rr-margin-" + j)));
        }
        return new TableModel("reversal-table", l.text(WeightSensitivityText.TABLE_CAPTION.with()),
                List.of(l.text(WeightSensitivityText.CRITERION.with()), l.text(WeightSensitivityText.CURRENT.with()),
                        l.text(WeightSensitivityText.REVERSES_AT.with()), l.text(WeightSensitivityText.PAIR.with()),
                        l.text(WeightSensitivityText.MARGIN.with())), rows);
    }

    /** "B overtakes A" in the direction of travel (upwards: the one ahead above; downwards: the one ahead below). */
    String swap(RankCrossing c, boolean upwards) {
        int winner = upwards ? c.aheadAbove() : c.aheadBelow();
        int loser = upwards ? c.aheadBelow() : c.aheadAbove();
        String s = l.text(WeightSensitivityText.OVERTAKES.with(alternative(winner), alternative(loser)));
        return c.leaderChanges() ? l.text(WeightSensitivityText.NEW_LEADER.with(s)) : s;
    }

    /** One mark per crossing of criterion j, tooltip "share: B overtakes A" (read upwards). */
    List<Mark> marks(int criterion) {
        return thresholds(criterion).crossings().stream().map(c -> new Mark(c.weight(), c.leaderChanges(),
                l.text(WeightSensitivityText.MARK.with(share(c.weight()), swap(c, true))))).toList();
    }

    /** The method sentence with this ranking's inputs (α, combination, normalisation). */
    String method() {
        String combination = rec.options().combination() == CombinationMethod.MULTIPLICATIVE
                ? l.t("analysis.rank.method.MULTIPLICATIVE") : l.t("analysis.rank.method.LINEAR");
        return l.text(WeightSensitivityText.METHOD.with(l.num(rec.options().alpha(), 2), combination,
                l.text(WeightSensitivityText.normalization(rec.options().normalization()).with())));
    }
}
