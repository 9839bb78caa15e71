package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.sensitivity.CancellationToken;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloResult;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Latin-hypercube Monte Carlo of the IRR on the background worker: a progress bar fed by the engine's listener
 * (through {@code ui.access}, polled), a Cancel button that sets the engine's cancellation token, and P10/P50/P90
 * with P(IRR > discount rate) per model when it finishes.
 */
class MonteCarloSection extends VerticalLayout {

    private final AnalysisService service;
    private final IntegerField draws = new IntegerField();
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();
    private AnalysisInput input;
    private volatile CancellationToken token;

    MonteCarloSection(AnalysisService service) {
        this.service = service;
        addClassName("monte-carlo-section");
        setPadding(false);
        draws.setLabel(getTranslation("analysis.mc.draws"));
        draws.setId("mc-draws");
        draws.setMin(10);
        draws.setMax(100_000);
        draws.setValue(2000);
        run.setText(getTranslation("analysis.mc.run"));
        run.setId("mc-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start());
        cancel.setText(getTranslation("analysis.mc.cancel"));
        cancel.setId("mc-cancel");
        cancel.setEnabled(false);
        cancel.addClickListener(e -> {
            CancellationToken t = token;
            if (t != null) {
                t.cancel();
            }
        });
        progress.setId("mc-progress");
        progress.setVisible(false);
        status.setId("mc-status");
        results.setId("mc-results");
        HorizontalLayout controls = new HorizontalLayout(draws, run, cancel);
        controls.setAlignItems(Alignment.BASELINE);
        add(new H3(getTranslation("analysis.mc.title")), new Paragraph(getTranslation("analysis.mc.intro")),
                controls, progress, status, results);
    }

    void setInput(AnalysisInput in) {
        this.input = in;
    }

    boolean running() {
        return token != null;
    }

    private void start() {
        if (input == null || token != null) {
            return;
        }
        Integer n = draws.getValue();
        if (n == null || draws.isInvalid() || n < 10 || n > 100_000) {
            draws.setInvalid(true);
            draws.setErrorMessage(getTranslation("analysis.mc.drawsInvalid"));
            return;
        }
        draws.setInvalid(false);
        Labels l = new Labels(this);
        UI ui = UI.getCurrent();
        CancellationToken t = new CancellationToken();
        token = t;
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(l.t("analysis.mc.running"));
        results.removeAll();
        Polling.start(ui);
        MonteCarloSpec spec = new MonteCarloSpec(Arrays.asList(InvestmentModel.values()), input.mechanism(),
                input.view(), input.assumptions(), MonteCarloSpec.defaultRanges(), n, 20250401L);
        CompletableFuture.supplyAsync(() -> SensitivityAnalysis.monteCarlo(spec, t,
                        (done, total) -> ui.access(() -> progress.setValue((double) done / total))),
                service.background()).whenComplete((r, err) -> ui.access(() -> finish(r, err, l, ui)));
    }

    private void finish(List<MonteCarloResult> r, Throwable err, Labels l, UI ui) {
        token = null;
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
        Polling.stop(ui);
        Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
        if (cause instanceof CancellationException) {
            status.setText(l.t("analysis.mc.cancelled"));
            return;
        }
        if (cause != null) {
            status.setText(l.t("analysis.mc.failed"));
            return;
        }
        status.setText(l.t("analysis.mc.done", r.get(0).draws()));
        HtmlTable t = new HtmlTable("mc-table", l.t("analysis.mc.caption"))
                .header(l.t("analysis.mc.model"), "P10", "P50", "P90", l.t("analysis.mc.pAbove"),
                        l.t("analysis.mc.valid"));
        for (MonteCarloResult m : r) {
            t.row(m.model().name(), new String[] {q(m.p10(), l), q(m.p50(), l), q(m.p90(), l),
                l.pct(m.probabilityAboveDiscountRate()), m.validDraws() + " / " + m.draws()},
                    new String[] {null, "mc-p50-" + m.model().name(), null, "mc-pabove-" + m.model().name(), null},
                    null);
        }
        results.add(t.build());
    }

    private static String q(java.util.OptionalDouble v, Labels l) {
        return v.isPresent() ? l.pct(v.getAsDouble()) : l.t("analysis.irr.notDefined");
    }
}
