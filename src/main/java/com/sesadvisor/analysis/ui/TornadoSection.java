package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.ModelTornado;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The IRR tornado of the three models: a model selector (all three as small multiples, or one) and the swing. The
 * tornadoes of all three models are computed together on the background worker when the scenario or the swing
 * changes; switching the model only redraws. What to draw comes from {@link TornadoPresenter}.
 */
class TornadoSection extends VerticalLayout {

    static final String ALL = "ALL";

    private final AnalysisService service;
    private final Select<String> model = new Select<>();
    private final Select<Double> swing = new Select<>();
    private final Paragraph scope = new Paragraph();
    private final Div charts = new Div();
    private final Div notes = new Div();
    private AnalysisInput input;
    private List<ModelTornado> last;
    private int generation;

    TornadoSection(AnalysisService service) {
        this.service = service;
        addClassName("tornado-section");
        setPadding(false);
        model.setLabel(getTranslation("analysis.tornado.model"));
        model.setId("tornado-model");
        model.setItems(ALL, InvestmentModel.CSSES.name(), InvestmentModel.TISES.name(), InvestmentModel.DSSES.name());
        model.setItemLabelGenerator(m -> ALL.equals(m) ? getTranslation("analysis.tornado.allModels") : m);
        model.setValue(ALL);
        model.setWidth("18rem");
        model.addValueChangeListener(e -> render());
        swing.setLabel(getTranslation("analysis.tornado.swing"));
        swing.setId("tornado-swing");
        swing.setItems(TornadoPresenter.SWINGS);
        swing.setItemLabelGenerator(s -> "±" + TornadoPresenter.percent(s) + " %");
        swing.setValue(TornadoPresenter.DEFAULT_SWING);
        swing.addValueChangeListener(e -> refresh());
        scope.addClassName("chart-note");
        scope.setId("tornado-scope");
        charts.setId("tornado-charts");
        charts.addClassName("tornado-charts");
        charts.setWidthFull();
        notes.setId("tornado-notes");
        notes.addClassName("chart-note");
        HorizontalLayout controls = new HorizontalLayout(model, swing);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("analysis.tornado.title")), controls, scope, charts, notes);
    }

    void show(AnalysisInput in) {
        this.input = in;
        refresh();
    }

    private void refresh() {
        if (input == null) {
            return;
        }
        int gen = ++generation;
        AnalysisInput in = input;
        double s = swing.getValue() == null ? TornadoPresenter.DEFAULT_SWING : swing.getValue();
        UI ui = UI.getCurrent();
        charts.removeAll();
        notes.removeAll();
        scope.setText("");
        ProgressBar p = new ProgressBar();
        p.setIndeterminate(true);
        charts.add(p);
        Polling.start(ui);
        CompletableFuture.supplyAsync(() -> service.tornadoes(in, s), service.background())
                .whenComplete((r, err) -> ui.access(() -> {
                    Polling.stop(ui);
                    if (gen != generation) {
                        return;
                    }
                    if (err != null) {
                        last = null;
                        charts.removeAll();
                        charts.add(new Paragraph(getTranslation("analysis.sensitivity.failed")));
                        return;
                    }
                    last = r;
                    render();
                }));
    }

    private void render() {
        if (last == null) {
            return;
        }
        String m = model.getValue();
        InvestmentModel only = m == null || ALL.equals(m) ? null : InvestmentModel.valueOf(m);
        TornadoPresenter.Presentation p = new TornadoPresenter(PresenterTexts.of(this)).present(last, only);
        charts.removeAll();
        for (TornadoPresenter.Panel panel : p.panels()) {
            Div box = new Div();
            box.setId("tornado-chart-" + panel.model().name());
            box.addClassName("tornado-box");
            if (panel.chart() != null) {
                box.add(new H4(panel.chart().title()), ChartHtml.of(panel.chart().toSvg()));
            } else {
                box.add(new Html("<p>" + HtmlTable.esc(panel.message()) + "</p>"));
            }
            charts.add(box);
        }
        scope.setText(p.scope());
        notes.removeAll();
        if (!p.notes().isEmpty()) {
            UnorderedList list = new UnorderedList();
            p.notes().forEach(n -> list.add(new ListItem(n)));
            notes.add(new Paragraph(getTranslation("analysis.tornado.leftOut")), list);
        }
    }
}
