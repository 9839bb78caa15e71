package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.MonteCarloSettings;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloResult;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the Monte Carlo part shows after a run: the IRR distribution per model and, beside it, the ranges, draws
 * and seed the run used (with the scenario's value of each input), so a figure can be traced to its inputs.
 */
final class MonteCarloPresenter {

    private final PresenterTexts l;

    MonteCarloPresenter(PresenterTexts texts) {
        this.l = texts;
    }

    /** P10 / P50 / P90, P(IRR > discount rate) and the valid draws per model. */
    TableModel results(List<MonteCarloResult> r, AnalysisInput in) {
        List<TableModel.Row> rows = new ArrayList<>();
        for (MonteCarloResult m : r) {
            String name = m.model().name();
            rows.add(new TableModel.Row(name, List.of(q(m.p10()), q(m.p50()), q(m.p90()),
                    l.pct(m.probabilityAboveDiscountRate()), m.validDraws() + " / " + m.draws()),
                    java.util.Arrays.asList("mc-p10-" + name, "mc-p50-" + name, "mc-p90-" + name,
                            "mc-pabove-" + name, "mc-valid-" + name)));
        }
        return new TableModel("mc-table", l.t("analysis.mc.caption",
                l.t(AnalysisText.view(in.view()).key()), l.pct(in.assumptions().discountRate())),
                List.of(l.t("analysis.mc.model"), "P10", "P50", "P90", l.t("analysis.mc.pAbove"),
                        l.t("analysis.mc.valid")), rows);
    }

    /** The run's ranges: input, unit, distribution, min, most likely, max and the scenario's value. */
    TableModel rangesUsed(MonteCarloSettings s, AnalysisInput in) {
        List<TableModel.Row> rows = new ArrayList<>();
        for (MonteCarloSpec.Range r : s.ranges()) {
            String key = r.field().key();
            boolean triangular = r.distribution() == MonteCarloSpec.Distribution.TRIANGULAR;
            rows.add(new TableModel.Row(l.field(key), List.of(l.text(r.field().unitText()),
                    l.t(AnalysisText.distribution(r.distribution()).key()), TornadoPresenter.plain(r.min()),
                    triangular ? TornadoPresenter.plain(r.mode()) : "—", TornadoPresenter.plain(r.max()),
                    TornadoPresenter.plain(in.assumptions().get(r.field()))),
                    java.util.Arrays.asList(null, null, "mc-used-min-" + key, "mc-used-mode-" + key,
                            "mc-used-max-" + key, null)));
        }
        return new TableModel("mc-ranges-table", l.t("analysis.mc.usedCaption", s.draws(), Long.toString(s.seed())),
                List.of(l.t("analysis.mc.input"), l.t("analysis.mc.unit"), l.t("analysis.mc.distribution"),
                        l.t("analysis.mc.min"), l.t("analysis.mc.mode"), l.t("analysis.mc.max"),
                        l.t("analysis.mc.scenarioValue")), rows);
    }

    private String q(OptionalDouble v) {
        return v.isPresent() ? l.pct(v.getAsDouble()) : l.t("analysis.irr.notDefined");
    }
}
