package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.analysis.ui.chart.HeatMapChart;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import com.sesadvisor.engine.finance.sensitivity.ScenarioResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the sensitivity tab shows for the heat maps, break-even spreads and extended scenarios, computed from the
 * engine's results as charts and table models (no components), so it can be tested without a browser.
 */
final class SensitivityPresenter {

    private final PresenterTexts l;

    SensitivityPresenter(PresenterTexts texts) {
        this.l = texts;
    }

    /** One IRR heat map per model (percent, one decimal), the discount rate as the contour. */
    List<HeatMapChart> heatMaps(List<IrrGrid> grids) {
        List<HeatMapChart> out = new ArrayList<>();
        for (IrrGrid g : grids) {
            List<String> cols = new ArrayList<>();
            for (double s : g.spreads()) {
                cols.add(String.format(Locale.ROOT, "%.2f", s));
            }
            List<String> rows = new ArrayList<>();
            Double[][] v = new Double[g.investments().length][g.spreads().length];
            for (int i = 0; i < g.investments().length; i++) {
                rows.add(String.format(Locale.ROOT, "%.2f", g.investments()[i]));
                for (int j = 0; j < g.spreads().length; j++) {
                    Double irr = g.irr(i, j);
                    v[i][j] = irr == null ? null : 100 * irr;
                }
            }
            out.add(new HeatMapChart("heat-" + g.model().name(),
                    l.t("analysis.heat.chartTitle", g.model().name(), l.pct(g.discountRate())),
                    l.t("analysis.heat.x"), l.t("analysis.heat.y"), cols, rows, v, 100 * g.discountRate(),
                    x -> String.format(Locale.ROOT, "%.1f", x), l.t("analysis.irr.na")));
        }
        return out;
    }

    /** Break-even spreads per investment level: exact, on the 0.05 grid and published, for each model. */
    TableModel thresholds(Map<InvestmentModel, List<BreakEven>> t) {
        List<String> head = new ArrayList<>(List.of(l.t("analysis.heat.y")));
        for (InvestmentModel m : t.keySet()) {
            head.add(m.name() + " · " + l.t("analysis.breakEven.exact"));
            head.add(m.name() + " · " + l.t("analysis.breakEven.grid"));
            head.add(m.name() + " · " + l.t("analysis.published"));
        }
        List<TableModel.Row> rows = new ArrayList<>();
        for (int k = 0; k < PublishedFigures.THRESHOLD_INVESTMENTS.size(); k++) {
            List<String> c = new ArrayList<>();
            for (List<BreakEven> list : t.values()) {
                BreakEven b = list.get(k);
                c.add(b.exactSpread() == null ? l.t("analysis.breakEven.none") : l.num(b.exactSpread(), 4));
                c.add(b.gridSpread() == null ? l.t("analysis.breakEven.none") : l.num(b.gridSpread(), 2));
                c.add(b.publishedSpread() == null ? "—" : l.num(b.publishedSpread(), 2));
            }
            rows.add(new TableModel.Row(l.num(PublishedFigures.THRESHOLD_INVESTMENTS.get(k), 2), c, null));
        }
        return new TableModel("threshold-table", l.t("analysis.breakEven.caption"), head, rows);
    }

    /** Our IRR and NPV at the extended spreads beside Tables 3-9 / 3-10. */
    TableModel extended(List<ScenarioResult> ext, CashFlowView view) {
        List<TableModel.Row> rows = new ArrayList<>();
        for (ScenarioResult s : ext) {
            var m = s.result().metrics(view);
            rows.add(new TableModel.Row(s.result().model().name() + " · " + l.t("analysis.extended.spread",
                    l.num(s.result().assumptions().spread(), 2)),
                    l.irr(m.irr()), s.published().map(p -> l.pct(p.irr())).orElse("—"), l.money(m.npv()),
                    s.published().map(p -> l.money(p.npv() * 1e8)).orElse("—")));
        }
        return new TableModel("extended-table", l.t("analysis.extended.caption"),
                List.of(l.t("analysis.extended.scenario"), l.t("analysis.ind.irr"),
                        l.t("analysis.ind.irr") + " · " + l.t("analysis.published"), l.t("analysis.ind.npv"),
                        l.t("analysis.ind.npv") + " · " + l.t("analysis.published")), rows);
    }

    /** Our TOPSIS order at each extended spread (the input's weights) beside the paper's Tables 3-11 / 3-12. */
    TableModel extendedRanking(Map<Double, RankingOutcome> ranks) {
        List<TableModel.Row> rows = new ArrayList<>();
        for (Map.Entry<Double, RankingOutcome> e : ranks.entrySet()) {
            String ours = String.join(" > ", e.getValue().recommendation().order());
            String source = e.getKey() < 0.7 ? "Table 3-11" : "Table 3-12";
            String published = PublishedFigures.closeness().stream().filter(c -> c.source().startsWith(source))
                    .sorted(Comparator.comparingInt(PublishedFigures.Closeness::rank))
                    .map(c -> c.model().name()).collect(Collectors.joining(" > "));
            rows.add(new TableModel.Row(l.t("analysis.extended.spread", l.num(e.getKey(), 2)), ours,
                    published + " (" + source + ")"));
        }
        return new TableModel("extended-ranking-table", l.t("analysis.extended.rankCaption"),
                List.of(l.t("analysis.extended.scenario"), l.t("analysis.extended.ours"), l.t("analysis.published")),
                rows);
    }
}
