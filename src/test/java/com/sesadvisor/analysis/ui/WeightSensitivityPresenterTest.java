package com.sesadvisor.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.engine.recommend.IndicatorMatrix;
import com.sesadvisor.engine.recommend.PaperData;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.recommend.RecommendationEngine;
import com.sesadvisor.engine.text.TextLists;
import com.sesadvisor.engine.topsis.ReversalThresholds;
import com.sesadvisor.engine.topsis.WeightSensitivity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightSensitivityPresenterTest {

    private static RankingOutcome paperBase() {
        IndicatorMatrix x = PaperData.baseNine();
        double[] equal = new double[x.criterionCount()];
        Arrays.fill(equal, 1);
        Recommendation rec = RecommendationEngine.recommend(x, equal);
        return new RankingOutcome(rec, List.of(), null, List.of(),
                x.alternatives().stream().map(TextLists::verbatim).toList());
    }

    @Test
    void live_ranking_follows_the_slider_and_agrees_with_the_engine() {
        RankingOutcome r = paperBase();
        WeightSensitivityPresenter p = new WeightSensitivityPresenter(UiTexts.english(), r);
        ReversalThresholds t = r.recommendation().explanations().rankReversalThresholds().stream()
                .filter(x -> x.up() != null && x.up().leaderChanges()).findFirst().orElse(null);
        // at the current share the live ranking is the ranking tab's
        TableModel now = p.live(0, r.recommendation().explanations().rankReversalThresholds().get(0).weight());
        assertThat(now.cell(0, 1)).isEqualTo(r.recommendation().top());
        assertThat(now.header()).containsExactly("Rank", "Alternative", "Closeness", "Rank now");
        if (t != null) {
            // just past the leader-changing threshold the new leader is first in the live table
            TableModel past = p.live(t.criterion(), Math.min(1, t.up().weight() + 1e-4));
            assertThat(past.cell(0, 1)).isEqualTo(r.recommendation().indicators().alternatives()
                    .get(t.up().aheadAbove()));
        }
        TableModel at = p.live(1, 0.9);
        double[] c = WeightSensitivity.at(r.recommendation().topsis(), 1, 0.9).closeness();
        assertThat(at.rows()).hasSize(3);
        assertThat(at.caption()).contains("0.9000");
        for (TableModel.Row row : at.rows()) {
            int i = r.recommendation().indicators().alternatives().indexOf(row.cells().get(0));
            assertThat(row.cells().get(1)).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", c[i]));
        }
    }

    @Test
    void thresholds_table_has_one_row_per_criterion_with_pairs_margins_or_no_reversal() {
        RankingOutcome r = paperBase();
        TableModel t = new WeightSensitivityPresenter(UiTexts.english(), r).table();
        List<ReversalThresholds> th = r.recommendation().explanations().rankReversalThresholds();
        assertThat(t.rows()).hasSize(th.size());
        assertThat(t.header()).containsExactly("Criterion", "Current weight", "Reverses at (down / up)",
                "Pair that swaps", "Margin");
        for (int j = 0; j < th.size(); j++) {
            ReversalThresholds x = th.get(j);
            if (x.margin() == null) {
                assertThat(t.cell(j, 4)).isEqualTo("no reversal in [0, 1]");
                assertThat(t.cell(j, 2)).isEqualTo("none / none");
            } else {
                assertThat(t.cell(j, 4)).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", x.margin()));
            }
            if (x.up() != null) {
                assertThat(t.cell(j, 3)).contains("↑ ").contains(" overtakes ");
            }
        }
        assertThat(th).anyMatch(x -> x.margin() != null);
    }

    @Test
    void chinese_texts_and_the_method_sentence_name_the_inputs() {
        RankingOutcome r = paperBase();
        WeightSensitivityPresenter zh = new WeightSensitivityPresenter(UiTexts.chinese(), r);
        assertThat(zh.table().header().get(0)).isEqualTo("准则");
        assertThat(zh.method()).contains("α = 0.50").contains("Brent");
        WeightSensitivityPresenter en = new WeightSensitivityPresenter(UiTexts.english(), r);
        assertThat(en.method()).contains("α = 0.50").contains("linear").contains("vector");
        for (int j = 0; j < en.criteria().size(); j++) {
            assertThat(en.marks(j)).hasSize(en.thresholds(j).crossings().size());
        }
    }
}
