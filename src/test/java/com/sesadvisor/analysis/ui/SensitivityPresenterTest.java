package com.sesadvisor.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class SensitivityPresenterTest {

    static final AnalysisService SERVICE = new AnalysisService(null, Clock.systemUTC());
    static final AnalysisInput IN = AnalysisInput.paperBaseCase();

    @Test
    void heatMapsAndBreakEvenTableComeWithTranslatedLabels() {
        double[][] axes = SensitivityAnalysis.paperAxes();
        var charts = new SensitivityPresenter(UiTexts.english()).heatMaps(SERVICE.grids(IN, axes[0], axes[1]));
        assertThat(charts).hasSize(3);
        assertThat(charts.get(0).title()).startsWith("CSSES");
        assertThat(charts.get(0).toSvg()).contains("<svg");

        TableModel t = new SensitivityPresenter(UiTexts.chinese()).thresholds(SERVICE.thresholds(IN));
        assertThat(t.rows()).hasSize(11);
        assertThat(t.header()).hasSize(1 + 3 * 3);
        assertThat(t.cell(0, 0)).isEqualTo("0.87");
    }

    @Test
    void extendedScenariosSitBesideThePublishedRows() {
        var ext = SensitivityAnalysis.extendedScenarios(ProfitMechanism.COMPREHENSIVE, IN.assumptions());
        TableModel t = new SensitivityPresenter(UiTexts.english()).extended(ext, CashFlowView.EQUITY);
        assertThat(t.rows()).hasSize(6);
        assertThat(t.cell(0, 0)).isEqualTo("CSSES · spread 0.52 ¥/kWh");
        assertThat(t.cell(0, 2)).endsWith("%");
    }
}
