package com.sesadvisor.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ranking tab's labels: inside a ranking, a sentence of the engine names alternatives by their labels — also when
 * the label itself carries the alternative's name (a single model is its own label), which must not loop.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LabelsTest {

    @Autowired
    AnalysisService analysis;

    @Test
    void explanations_of_models_and_of_combinations_render_with_labels() {
        RankingOutcome models = analysis.rank(analysis.finance(AnalysisInput.paperBaseCase()),
                RecommendationOptions.defaults());
        Labels l = new Labels(new Div()).withAlternatives(models);
        String top = models.recommendation().top();
        assertThat(l.alternative(top)).isEqualTo(top);
        assertThat(l.text(models.recommendation().explanations().sentences().get(0))).startsWith(top + " ranks first");

        RankingOutcome combos = analysis.rankCombinations(AnalysisInput.paperBaseCase(),
                RecommendationOptions.defaults());
        Labels c = new Labels(new Div()).withAlternatives(combos);
        assertThat(c.alternative("TISES / TWO_PART_TARIFF")).isEqualTo("TISES / Two-part tariff");
        assertThat(c.text(combos.recommendation().explanations().sentences().get(0)))
                .startsWith(c.alternative(combos.recommendation().top()) + " ranks first");
    }
}
