package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.analysis.ui.chart.HeatMapChart;
import com.sesadvisor.analysis.ui.chart.TornadoChart;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.published.PublishedFigures;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import com.sesadvisor.engine.finance.sensitivity.ScenarioResult;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import com.sesadvisor.engine.finance.sensitivity.TornadoRow;
import com.sesadvisor.engine.finance.AssumptionField;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The paper's sensitivity analysis: IRR heat maps (spread x unit investment) with the discount-rate contour,
 * break-even spreads beside the published thresholds, the extended scenarios, and a tornado. Everything heavier
 * than one model run is computed on the service's background worker and shown with {@code ui.access}.
 */
class SensitivitySection extends VerticalLayout {

    private final AnalysisService service;
    private final Select<String> resolution = new Select<>();
    private final Div heatMaps = new Div();
    private final Div thresholds = new Div();
    private final Div extended = new Div();
    private final Div tornado = new Div();
    private final MonteCarloSection monteCarlo;
    private AnalysisInput input;
    private int generation;

    SensitivitySection(AnalysisService service) {
        this.service = service;
        this.monteCarlo = new MonteCarloSection(service);
        addClassName("sensitivity-section");
        setPadding(false);
        resolution.setLabel(getTranslation("analysis.heat.resolution"));
        resolution.setId("heat-resolution");
        resolution.setItems("paper", "fine");
        resolution.setItemLabelGenerator(x -> getTranslation("analysis.heat.resolution." + x));
        resolution.setValue("paper");
        resolution.addValueChangeListener(e -> refresh());
        for (Div d : List.of(heatMaps, thresholds, extended, tornado)) {
            d.setWidthFull();
        }
        heatMaps.addClassName("heat-maps");
        heatMaps.setId("heat-maps");
        add(new H3(getTranslation("analysis.heat.title")), resolution, heatMaps,
                new H3(getTranslation("analysis.breakEven.title")), thresholds,
                new H3(getTranslation("analysis.extended.title")), extended,
                new H3(getTranslation("analysis.tornado.title")), tornado, monteCarlo);
    }

    void show(AnalysisInput in) {
        this.input = in;
        monteCarlo.setInput(in);
        refresh();
    }

    private void refresh() {
        if (input == null) {
            return;
        }
        int gen = ++generation;
        AnalysisInput in = input;
        boolean fine = "fine".equals(resolution.getValue());
        Labels l = new Labels(this);
        UI ui = UI.getCurrent();
        for (Div d : List.of(heatMaps, thresholds, extended, tornado)) {
            d.removeAll();
            ProgressBar p = new ProgressBar();
            p.setIndeterminate(true);
            d.add(p);
        }
        Polling.start(ui);
        double[][] axes = SensitivityAnalysis.paperAxes();
        double[] spreads = fine ? SensitivityAnalysis.linspace(0.42, 1.02, 31) : axes[0];
        double[] investments = fine ? SensitivityAnalysis.linspace(0.77, 1.47, 15) : axes[1];
        CompletableFuture<Void> grids = CompletableFuture.supplyAsync(() -> service.grids(in, spreads, investments),
                service.background()).thenAccept(g -> ui.access(() -> {
                    if (gen == generation) {
                        showGrids(g, l);
                    }
                }));
        CompletableFuture<Void> rest = CompletableFuture.supplyAsync(() -> new Object[] {service.thresholds(in),
            SensitivityAnalysis.extendedScenarios(in.mechanism(), in.assumptions()), service.extendedRankings(in),
            SensitivityAnalysis.tornado(InvestmentModel.CSSES, in.mechanism(), in.view(), in.assumptions(),
                    SensitivityAnalysis.Metric.IRR, 0.1, SensitivityAnalysis.tornadoFields(in.assumptions()))},
                service.background()).thenAccept(r -> ui.access(() -> {
                    if (gen == generation) {
                        @SuppressWarnings("unchecked")
                        Map<InvestmentModel, List<BreakEven>> t = (Map<InvestmentModel, List<BreakEven>>) r[0];
                        @SuppressWarnings("unchecked")
                        List<ScenarioResult> ext = (List<ScenarioResult>) r[1];
                        @SuppressWarnings("unchecked")
                        Map<Double, RankingOutcome> ranks = (Map<Double, RankingOutcome>) r[2];
                        @SuppressWarnings("unchecked")
                        List<TornadoRow> tor = (List<TornadoRow>) r[3];
                        showThresholds(t, l);
                        showExtended(ext, ranks, l);
                        showTornado(tor, in, l);
                    }
                }));
        CompletableFuture.allOf(grids, rest).whenComplete((x, err) -> ui.access(() -> {
            if (err != null) {
                for (Div d : List.of(heatMaps, thresholds, extended, tornado)) {
                    d.removeAll();
                    d.add(new Html("<p class=\"section-error\">" + HtmlTable.esc(l.t("analysis.sensitivity.failed"))
                            + "</p>"));
                }
            }
            Polling.stop(ui);
        }));
    }

    private void showGrids(List<IrrGrid> grids, Labels l) {
        heatMaps.removeAll();
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
            HeatMapChart chart = new HeatMapChart("heat-" + g.model().name(),
                    l.t("analysis.heat.chartTitle", g.model().name(), l.pct(g.discountRate())),
                    l.t("analysis.heat.x"), l.t("analysis.heat.y"), cols, rows, v, 100 * g.discountRate(),
                    x -> String.format(Locale.ROOT, "%.1f", x), l.t("analysis.irr.na"));
            Div box = new Div(new Html("<h4>" + HtmlTable.esc(g.model().name()) + "</h4>"), ChartHtml.of(chart.toSvg()));
            box.addClassName("heat-map-box");
            box.setId("heat-map-" + g.model().name());
            heatMaps.add(box);
        }
        heatMaps.add(new Html("<p class=\"chart-note\">" + HtmlTable.esc(l.t("analysis.heat.legend")) + "</p>"));
    }

    private void showThresholds(Map<InvestmentModel, List<BreakEven>> t, Labels l) {
        thresholds.removeAll();
        List<String> head = new ArrayList<>(List.of(l.t("analysis.heat.y")));
        for (InvestmentModel m : t.keySet()) {
            head.add(m.name() + " · " + l.t("analysis.breakEven.exact"));
            head.add(m.name() + " · " + l.t("analysis.breakEven.grid"));
            head.add(m.name() + " · " + l.t("analysis.published"));
        }
        HtmlTable table = new HtmlTable("threshold-table", l.t("analysis.breakEven.caption"))
                .header(head.toArray(String[]::new));
        for (int k = 0; k < PublishedFigures.THRESHOLD_INVESTMENTS.size(); k++) {
            List<String> c = new ArrayList<>();
            for (List<BreakEven> list : t.values()) {
                BreakEven b = list.get(k);
                c.add(b.exactSpread() == null ? l.t("analysis.breakEven.none") : l.num(b.exactSpread(), 4));
                c.add(b.gridSpread() == null ? l.t("analysis.breakEven.none") : l.num(b.gridSpread(), 2));
                c.add(b.publishedSpread() == null ? "—" : l.num(b.publishedSpread(), 2));
            }
            table.row(l.num(PublishedFigures.THRESHOLD_INVESTMENTS.get(k), 2), c.toArray(String[]::new));
        }
        thresholds.add(table.build());
    }

    private void showExtended(List<ScenarioResult> ext, Map<Double, RankingOutcome> ranks, Labels l) {
        extended.removeAll();
        HtmlTable table = new HtmlTable("extended-table", l.t("analysis.extended.caption"))
                .header(l.t("analysis.extended.scenario"), l.t("analysis.ind.irr"),
                        l.t("analysis.ind.irr") + " · " + l.t("analysis.published"), l.t("analysis.ind.npv"),
                        l.t("analysis.ind.npv") + " · " + l.t("analysis.published"));
        for (ScenarioResult s : ext) {
            var m = s.result().metrics(input.view());
            table.row(s.result().model().name() + " · " + l.t("analysis.extended.spread",
                            l.num(s.result().assumptions().spread(), 2)),
                    l.irr(m.irr()), s.published().map(p -> l.pct(p.irr())).orElse("—"), l.money(m.npv()),
                    s.published().map(p -> l.money(p.npv() * 1e8)).orElse("—"));
        }
        extended.add(table.build());
        // Our TOPSIS order at each extended spread (the input's weights) beside the paper's Tables 3-11 / 3-12.
        HtmlTable rt = new HtmlTable("extended-ranking-table", l.t("analysis.extended.rankCaption"))
                .header(l.t("analysis.extended.scenario"), l.t("analysis.extended.ours"), l.t("analysis.published"));
        for (Map.Entry<Double, RankingOutcome> e : ranks.entrySet()) {
            String ours = String.join(" > ", e.getValue().recommendation().order());
            String source = e.getKey() < 0.7 ? "Table 3-11" : "Table 3-12";
            String published = PublishedFigures.closeness().stream().filter(c -> c.source().startsWith(source))
                    .sorted(java.util.Comparator.comparingInt(PublishedFigures.Closeness::rank))
                    .map(c -> c.model().name()).collect(java.util.stream.Collectors.joining(" > "));
            rt.row(l.t("analysis.extended.spread", l.num(e.getKey(), 2)), ours, published + " (" + source + ")");
        }
        extended.add(rt.build());
    }

    private void showTornado(List<TornadoRow> rows, AnalysisInput in, Labels l) {
        tornado.removeAll();
        Double base = com.sesadvisor.engine.finance.FinanceEngine.irr(InvestmentModel.CSSES, in.mechanism(), in.view(),
                in.assumptions()).valueOrNull();
        List<TornadoChart.Bar> bars = new ArrayList<>();
        for (TornadoRow r : rows) {
            if (r.swing() != null && bars.size() < 12) {
                AssumptionField f = AssumptionField.byKey(r.field());
                bars.add(new TornadoChart.Bar(l.t("analysis.field." + f.key()), 100 * r.lowValue(),
                        100 * r.highValue()));
            }
        }
        if (base == null || bars.isEmpty()) {
            tornado.add(new Html("<p>" + HtmlTable.esc(l.t("analysis.tornado.none")) + "</p>"));
            return;
        }
        TornadoChart chart = new TornadoChart("tornado-CSSES", l.t("analysis.tornado.chartTitle", "CSSES"),
                100 * base, bars, x -> String.format(Locale.ROOT, "%.1f %%", x), l.t("analysis.tornado.low"),
                l.t("analysis.tornado.high"));
        tornado.add(ChartHtml.of(chart.toSvg()));
    }
}
