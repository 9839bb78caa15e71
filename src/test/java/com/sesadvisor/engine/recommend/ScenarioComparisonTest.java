package com.sesadvisor.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper's base, 0.52 and 0.92 scenarios side by side with Tables 3-8, 3-11 and 3-12. */
class ScenarioComparisonTest {

    private final List<ScenarioOutcome> outcomes = ScenarioComparison.compare(PaperData.publishedScenarios(),
            PaperData.TABLE_3_5_SUBJECTIVE, RecommendationOptions.defaults().withMonteCarlo(200, 0.2, 1L));

    @Test
    void every_scenario_is_ranked_and_carries_its_published_table() {
        assertThat(outcomes).extracting(ScenarioOutcome::name)
                .containsExactly("base (spread 0.7234)", "spread 0.52", "spread 0.92");
        assertThat(outcomes).extracting(o -> o.published().source())
                .allMatch(s -> s.toString().startsWith(PaperData.SOURCE));
        for (ScenarioOutcome o : outcomes) {
            assertThat(o.recommendation().ranking()).hasSize(3);
            assertThat(o.sameRanksAsPublished()).isNotNull();
        }
    }

    @Test
    void base_scenario_agrees_with_table_3_8_and_spreads_agree_on_the_winner() {
        assertThat(outcomes.get(0).sameRanksAsPublished()).isTrue();
        // with correct directions TISES still wins both extended scenarios, as in Tables 3-11 and 3-12;
        // the order of the other two differs from the paper (see docs/method/ranking.md)
        assertThat(outcomes.get(1).recommendation().top()).isEqualTo("TISES");
        assertThat(outcomes.get(2).recommendation().top()).isEqualTo("TISES");
        assertThat(outcomes.get(1).recommendation().order()).containsExactly("TISES", "DSSES", "CSSES");
        assertThat(outcomes.get(2).recommendation().order()).containsExactly("TISES", "CSSES", "DSSES");
    }

    @Test
    void negative_irr_and_npv_in_the_low_spread_scenario_are_min_max_normalised_and_zero_paybacks_ignored() {
        Recommendation low = outcomes.get(1).recommendation();
        assertThat(low.entropy().minMaxNormalizedColumns()).containsExactly(2, 4);
        assertThat(low.entropy().constantColumns()).containsExactly(5, 6);
        assertThat(low.notes()).anyMatch(s -> s.english().contains("min-max"));
    }
}
