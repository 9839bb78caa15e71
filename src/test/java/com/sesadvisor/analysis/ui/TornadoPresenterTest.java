package com.sesadvisor.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.ModelTornado;
import com.sesadvisor.analysis.ui.chart.TornadoChart;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.sensitivity.TornadoRow;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoPresenterTest {

    static final AnalysisService SERVICE = new AnalysisService(null, Clock.systemUTC());
    static final AnalysisInput IN = AnalysisInput.paperBaseCase();

    private static List<String> labels(TornadoChart c) {
        return c.bars().stream().map(TornadoChart.Bar::label).toList();
    }

    @Test
    void allThreeModelsShareInputsOrderAndScale() {
        List<ModelTornado> t = SERVICE.tornadoes(IN, 0.1);
        TornadoPresenter.Presentation p = new TornadoPresenter(UiTexts.english()).present(t, null);
        assertThat(p.panels()).extracting(TornadoPresenter.Panel::model).containsExactly(InvestmentModel.values());
        List<TornadoChart> charts = p.panels().stream().map(TornadoPresenter.Panel::chart).toList();
        assertThat(charts).doesNotContainNull();
        List<String> first = labels(charts.get(0));
        assertThat(first).hasSize(TornadoPresenter.ROWS_ALL).contains("Peak-valley spread", "Unit investment");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TornadoChart c : charts) {
            assertThat(labels(c)).isEqualTo(first);
            assertThat(c.scaleMin()).isEqualTo(charts.get(0).scaleMin());
            assertThat(c.scaleMax()).isEqualTo(charts.get(0).scaleMax());
            double[] e = TornadoChart.extent(c.base(), c.bars());
            lo = Math.min(lo, e[0]);
            hi = Math.max(hi, e[1]);
        }
        assertThat(charts.get(0).scaleMin()).isEqualTo(lo);
        assertThat(charts.get(0).scaleMax()).isEqualTo(hi);
        // the order is by the largest swing in any model
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i < first.size(); i++) {
            double best = 0;
            for (TornadoChart c : charts) {
                best = Math.max(best, Math.abs(c.bars().get(i).high() - c.bars().get(i).low()));
            }
            assertThat(best).isLessThanOrEqualTo(previous + 1e-9);
            previous = best;
        }
        assertThat(p.scope()).contains("10 inputs").contains("±10 %");
    }

    @Test
    void oneModelShowsItsOwnLargestEffectsWithTheBaseIrrLine() {
        List<ModelTornado> t = SERVICE.tornadoes(IN, 0.2);
        ModelTornado tises = t.get(1);
        TornadoPresenter.Presentation p = new TornadoPresenter(UiTexts.english()).present(t, InvestmentModel.TISES);
        assertThat(p.panels()).hasSize(1);
        TornadoChart c = p.panels().get(0).chart();
        List<String> expected = tises.rows().stream().filter(r -> r.defined() && r.swing() > 0)
                .limit(TornadoPresenter.ROWS_ONE).map(r -> UiTexts.english().field(r.field())).toList();
        assertThat(labels(c)).isEqualTo(expected).contains("Lease price");
        assertThat(c.scaleMin()).isNull();
        assertThat(c.base()).isEqualTo(100 * tises.baseIrr());
        assertThat(c.title()).isEqualTo("TISES: IRR (Equity) when each input moves ±20 %");
        assertThat(c.lowLegend()).isEqualTo("input −20 %");
        assertThat(c.highLegend()).isEqualTo("input +20 %");
        assertThat(c.baseLabel()).isEqualTo("base IRR " + TornadoPresenter.irrText(100 * tises.baseIrr()));
        assertThat(c.toSvg()).contains("base IRR").contains("stroke-dasharray");
        // +20 % of the depth of discharge (0.9) is not a valid scenario: said, not dropped
        assertThat(p.notes()).contains("Depth of discharge: +20 % gives 1.08 fraction, above the largest valid value 1");
    }

    @Test
    void chineseChartsHaveChineseLabels() {
        TornadoPresenter.Presentation p = new TornadoPresenter(UiTexts.chinese())
                .present(SERVICE.tornadoes(IN, 0.1), InvestmentModel.CSSES);
        TornadoChart c = p.panels().get(0).chart();
        assertThat(c.title()).startsWith("CSSES：").contains("±10 %");
        assertThat(c.baseLabel()).startsWith("基准内部收益率");
        assertThat(c.lowLegend()).isEqualTo("输入 −10 %");
        assertThat(labels(c)).allSatisfy(l -> assertThat(l).doesNotMatch("[A-Za-z ]+"));
        assertThat(p.scope()).contains("CSSES");
    }

    @Test
    void aModelWithoutIrrOrAnInputUndefinedForOneModelIsSaid() {
        TornadoRow spread = new TornadoRow("spread", 0.7234, 0.65106, 0.79574, 0.10, 0.15, 0.05, null);
        TornadoRow undefined = new TornadoRow("spread", 0.7234, 0.65106, 0.79574, null, 0.02, null,
                "IRR not defined at one end");
        List<ModelTornado> t = List.of(
                new ModelTornado(InvestmentModel.CSSES, CashFlowView.EQUITY, 0.1, 0.12, List.of(spread)),
                new ModelTornado(InvestmentModel.TISES, CashFlowView.EQUITY, 0.1, 0.01, List.of(undefined)),
                new ModelTornado(InvestmentModel.DSSES, CashFlowView.EQUITY, 0.1, null, List.of()));
        TornadoPresenter.Presentation p = new TornadoPresenter(UiTexts.english()).present(t, null);
        assertThat(p.panels().get(1).chart().bars().get(0).missing()).isEqualTo("not drawn (see below)");
        assertThat(p.panels().get(1).chart().toSvg()).contains("not drawn");
        assertThat(p.panels().get(2).chart()).isNull();
        assertThat(p.panels().get(2).message()).startsWith("DSSES: the IRR is not defined");
        assertThat(p.notes()).containsExactly(
                "Peak-valley spread: the IRR is not defined at 0.65106 or 0.79574 CNY/kWh (TISES)");
    }

    @Test
    void swingsAreWrittenAsWholePercentages() {
        assertThat(TornadoPresenter.SWINGS).extracting(TornadoPresenter::percent)
                .containsExactly("5", "10", "20", "30");
        assertThat(TornadoPresenter.SWINGS).contains(TornadoPresenter.DEFAULT_SWING);
    }
}
