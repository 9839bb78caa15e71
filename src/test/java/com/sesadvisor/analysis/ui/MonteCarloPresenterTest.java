package com.sesadvisor.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.MonteCarloSettings;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.sensitivity.CancellationToken;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloResult;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import com.sesadvisor.engine.finance.sensitivity.ProgressListener;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloPresenterTest {

    static final AnalysisInput IN = AnalysisInput.paperBaseCase().withAssumptions(
            AnalysisInput.paperBaseCase().assumptions().with(AssumptionField.SPREAD, 0.8));

    @Test
    void theRangesOfTheRunAreShownBesideTheResults() {
        MonteCarloSettings s = new MonteCarloSettings(List.of(
                MonteCarloSpec.Range.uniform(AssumptionField.SPREAD, 0.6, 0.95),
                MonteCarloSpec.Range.triangular(AssumptionField.CYCLES_PER_YEAR, 300, 350, 400)), 120, 5);
        List<MonteCarloResult> r = new AnalysisService(null, Clock.systemUTC()).monteCarlo(IN, s,
                CancellationToken.none(), ProgressListener.NONE);
        MonteCarloPresenter p = new MonteCarloPresenter(UiTexts.english());
        TableModel used = p.rangesUsed(s, IN);
        assertThat(used.caption()).isEqualTo("Ranges used in this run: 120 draws per model, seed 5");
        assertThat(used.rows()).hasSize(2);
        assertThat(used.rows().get(0).head()).isEqualTo("Peak-valley spread");
        assertThat(used.rows().get(0).cells()).containsExactly("CNY/kWh", "Uniform", "0.6", "—", "0.95", "0.8");
        assertThat(used.rows().get(1).cells()).containsExactly("cycles/yr", "Triangular", "300", "350", "400", "400");
        assertThat(used.rows().get(0).ids()).contains("mc-used-max-spread");

        TableModel results = p.results(r, IN);
        assertThat(results.caption()).isEqualTo("IRR distribution per model (Equity view; discount rate 6.00 %)");
        assertThat(results.rows()).extracting(TableModel.Row::head).containsExactly("CSSES", "TISES", "DSSES");
        assertThat(results.cell(0, 5)).isEqualTo("120 / 120");
        assertThat(results.rows().get(0).ids()).contains("mc-p50-CSSES", "mc-pabove-CSSES");

        TableModel zh = new MonteCarloPresenter(UiTexts.chinese()).rangesUsed(s, IN);
        assertThat(zh.caption()).contains("120").contains("5").contains("随机种子");
        assertThat(zh.rows().get(0).cells().get(1)).isEqualTo("均匀分布");
    }
}
