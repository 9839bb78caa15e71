package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.SensitivityOutcome;
import com.sesadvisor.analysis.ui.chart.HeatMapChart;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The paper's sensitivity analysis: IRR heat maps (spread x unit investment) with the discount-rate contour,
 * break-even spreads beside the published thresholds, the extended scenarios, the tornado of the three models
 * ({@link TornadoSection}) and the Monte Carlo ({@link MonteCarloSection}). Everything heavier than one model run is
 * computed on the service's background worker and shown with {@code ui.access}; what to show comes from
 * {@link SensitivityPresenter}.
 */
class SensitivitySection extends VerticalLayout {

    private final AnalysisService service;
    private final Select<String> resolution = new Select<>();
    private final Div heatMaps = new Div();
    private final Div thresholds = new Div();
    private final Div extended = new Div();
    private final TornadoSection tornado;
    private final MonteCarloSection monteCarlo;
    private final WeightSensitivitySection weights = new WeightSensitivitySection();
    private AnalysisInput input;
    private int generation;

    SensitivitySection(AnalysisService service) {
        this.service = service;
        this.tornado = new TornadoSection(service);
        this.monteCarlo = new MonteCarloSection(service);
        addClassName("sensitivity-section");
        setPadding(false);
        resolution.setLabel(getTranslation("analysis.heat.resolution"));
        resolution.setId("heat-resolution");
        resolution.setItems(AnalysisText.HEAT_RESOLUTIONS);
        resolution.setItemLabelGenerator(x -> getTranslation(AnalysisText.heatResolution(x).key()));
        resolution.setValue("paper");
        resolution.addValueChangeListener(e -> refresh());
        for (Div d : List.of(heatMaps, thresholds, extended)) {
            d.setWidthFull();
        }
        heatMaps.addClassName("heat-maps");
        heatMaps.setId("heat-maps");
        add(weights, new H3(getTranslation("analysis.heat.title")), resolution, heatMaps,
                new H3(getTranslation("analysis.breakEven.title")), thresholds,
                new H3(getTranslation("analysis.extended.title")), extended, tornado, monteCarlo);
    }

    /** The touchable weight sensitivity of the ranking tab's latest ranking. */
    void showWeights(com.sesadvisor.analysis.RankingOutcome ranking) {
        weights.show(ranking);
    }

    void show(AnalysisInput in) {
        this.input = in;
        monteCarlo.setInput(in);
        tornado.show(in);
        refresh();
    }

    private void refresh() {
        if (input == null) {
            return;
        }
        int gen = ++generation;
        AnalysisInput in = input;
        boolean fine = "fine".equals(resolution.getValue());
        UI ui = UI.getCurrent();
        for (Div d : List.of(heatMaps, thresholds, extended)) {
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
                        showGrids(g);
                    }
                }));
        CompletableFuture<Void> rest = CompletableFuture.supplyAsync(() -> service.sensitivity(in),
                service.background()).thenAccept(r -> ui.access(() -> {
                    if (gen == generation) {
                        showTables(r, in);
                    }
                }));
        CompletableFuture.allOf(grids, rest).whenComplete((x, err) -> ui.access(() -> {
            if (err != null && gen == generation) {
                for (Div d : List.of(heatMaps, thresholds, extended)) {
                    d.removeAll();
                    d.add(new Html("<p class=\"section-error\">"
                            + HtmlTable.esc(getTranslation("analysis.sensitivity.failed")) + "</p>"));
                }
            }
            Polling.stop(ui);
        }));
    }

    private void showGrids(List<IrrGrid> grids) {
        heatMaps.removeAll();
        List<HeatMapChart> charts = new SensitivityPresenter(PresenterTexts.of(this)).heatMaps(grids);
        for (int i = 0; i < charts.size(); i++) {
            String model = grids.get(i).model().name();
            Div box = new Div(new Html("<h4>" + HtmlTable.esc(model) + "</h4>"), ChartHtml.of(charts.get(i).toSvg()));
            box.addClassName("heat-map-box");
            box.setId("heat-map-" + model);
            heatMaps.add(box);
        }
        heatMaps.add(new Html("<p class=\"chart-note\">" + HtmlTable.esc(getTranslation("analysis.heat.legend"))
                + "</p>"));
    }

    private void showTables(SensitivityOutcome r, AnalysisInput in) {
        SensitivityPresenter p = new SensitivityPresenter(PresenterTexts.of(this));
        thresholds.removeAll();
        thresholds.add(p.thresholds(r.thresholds()).html());
        extended.removeAll();
        extended.add(p.extended(r.extended(), in.view()).html(), p.extendedRanking(r.extendedRankings()).html());
    }
}
