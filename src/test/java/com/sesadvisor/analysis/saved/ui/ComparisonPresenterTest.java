package com.sesadvisor.analysis.saved.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.saved.SavedScenarioService.Summary;
import com.sesadvisor.analysis.saved.ScenarioComparison;
import com.sesadvisor.analysis.saved.ScenarioComparison.Figures;
import com.sesadvisor.analysis.saved.ScenarioComparison.InputRow;
import com.sesadvisor.analysis.saved.ScenarioComparison.ModelRow;
import com.sesadvisor.analysis.saved.ScenarioScope;
import com.sesadvisor.analysis.saved.ScenarioText;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.text.Text;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the comparison of two saved scenarios shows: differing inputs as the service flags them, outputs that differ
 * as shown (a difference below the shown digits is not highlighted), a side that cannot be computed, and both
 * languages.
 */
class ComparisonPresenterTest {

    private static final Summary A = summary(1, "Base");
    private static final Summary B = summary(2, "High spread");

    private static Summary summary(long id, String name) {
        return new Summary(id, name, ScenarioScope.personal("ana"), null, 0, "ana", Instant.EPOCH, true);
    }

    private static InputRow field(AssumptionField f, double a, double b, boolean differs) {
        return new InputRow("assumptions." + f.key(), Text.of(AnalysisText.field(f)), a, b, differs);
    }

    private static Figures figures(double irr, double npv, int rank) {
        return new Figures(irr, npv, 7.5, null, 1.2, 0.61234, rank);
    }

    private static ScenarioComparison comparison(List<ModelRow> outputs) {
        List<InputRow> inputs = List.of(
                new InputRow("mechanism", Text.of(ScenarioText.IN_MECHANISM), ProfitMechanism.COMPREHENSIVE,
                        ProfitMechanism.SPOT_MARKET, true),
                new InputRow("view", Text.of(ScenarioText.IN_VIEW), CashFlowView.EQUITY, CashFlowView.EQUITY, false),
                field(AssumptionField.SPREAD, 0.7, 0.9, true),
                field(AssumptionField.DEPTH_OF_DISCHARGE, 0.9, 0.9, false),
                new InputRow("weights.IRR", Text.of(ScenarioText.IN_WEIGHT, "IRR"), 1.0, null, true));
        return new ScenarioComparison(A, B, inputs, outputs);
    }

    private static List<ModelRow> outputs(Figures a, Figures b) {
        return List.of(new ModelRow(InvestmentModel.CSSES, a, b),
                new ModelRow(InvestmentModel.TISES, figures(0.08, 2e8, 2), figures(0.08, 2e8, 2)),
                new ModelRow(InvestmentModel.DSSES, figures(0.05, -1e8, 3), figures(0.05, -1e8, 3)));
    }

    private static ComparisonPresenter.Line line(List<ComparisonPresenter.Line> lines, String id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void differing_inputs_are_marked_as_the_service_flags_them_and_can_be_shown_alone() {
        ScenarioComparison c = comparison(outputs(figures(0.1, 1e8, 1), figures(0.1, 1e8, 1)));
        ComparisonPresenter.Shown all = new ComparisonPresenter(Locale.ENGLISH).present(c, false);
        assertThat(all.title()).isEqualTo("Compare \"Base\" and \"High spread\"");
        assertThat(all.differingInputs()).isEqualTo(3);
        assertThat(all.totalInputs()).isEqualTo(5);
        assertThat(all.inputs()).extracting(ComparisonPresenter.Line::differs)
                .containsExactly(true, false, true, false, true);
        ComparisonPresenter.Line spread = line(all.inputs(), "in-assumptions-spread");
        assertThat(spread.label()).isEqualTo("Peak-valley spread");
        assertThat(spread.a()).startsWith("0.7 ").contains("kWh");
        assertThat(spread.b()).startsWith("0.9 ");
        assertThat(line(all.inputs(), "in-weights-IRR").b()).isEqualTo("—");
        assertThat(line(all.inputs(), "in-view").a()).isEqualTo(line(all.inputs(), "in-view").b());

        ComparisonPresenter.Shown only = new ComparisonPresenter(Locale.ENGLISH).present(c, true);
        assertThat(only.inputs()).extracting(ComparisonPresenter.Line::id)
                .containsExactly("in-mechanism", "in-assumptions-spread", "in-weights-IRR");
        assertThat(only.differingInputs()).isEqualTo(3);
    }

    @Test
    void an_output_differs_when_its_shown_figures_differ_and_a_side_that_cannot_be_computed_says_so() {
        // IRR 10.00 % vs 12.50 %: differs; NPV equal to far below the shown digits: not highlighted; rank 1 vs 2
        ScenarioComparison c = comparison(outputs(figures(0.1, 1e8, 1), figures(0.125, 1e8 + 1e-3, 2)));
        ComparisonPresenter.Shown s = new ComparisonPresenter(Locale.ENGLISH).present(c, true);
        List<ComparisonPresenter.Line> csses = s.outputs().get(0).lines();
        assertThat(s.outputs().get(0).model()).isEqualTo(InvestmentModel.CSSES);
        assertThat(line(csses, "out-CSSES-irr")).extracting(ComparisonPresenter.Line::a,
                ComparisonPresenter.Line::b, ComparisonPresenter.Line::differs)
                .containsExactly("10.00 %", "12.50 %", true);
        assertThat(line(csses, "out-CSSES-npv").differs()).isFalse();
        assertThat(line(csses, "out-CSSES-rank").differs()).isTrue();
        assertThat(line(csses, "out-CSSES-dynamic-payback").a()).isEqualTo("not reached");
        assertThat(s.outputs().get(1).lines()).noneMatch(ComparisonPresenter.Line::differs);

        ScenarioComparison broken = comparison(outputs(figures(0.1, 1e8, 1), null));
        ComparisonPresenter.Line irr = line(new ComparisonPresenter(Locale.ENGLISH).present(broken, true)
                .outputs().get(0).lines(), "out-CSSES-irr");
        assertThat(irr.b()).startsWith("not computable");
        assertThat(irr.differs()).isTrue();
    }

    @Test
    void the_comparison_reads_in_chinese() {
        ScenarioComparison c = comparison(outputs(figures(0.1, 1e8, 1), figures(0.125, 1e8, 2)));
        ComparisonPresenter.Shown s = new ComparisonPresenter(Locale.SIMPLIFIED_CHINESE).present(c, true);
        assertThat(s.title()).isEqualTo("比较“Base”与“High spread”");
        assertThat(line(s.inputs(), "in-assumptions-spread").label()).isEqualTo("峰谷价差");
        assertThat(line(s.outputs().get(0).lines(), "out-CSSES-irr").label()).isEqualTo("内部收益率");
        assertThat(line(s.outputs().get(0).lines(), "out-CSSES-npv").a()).contains("亿元");
    }
}
