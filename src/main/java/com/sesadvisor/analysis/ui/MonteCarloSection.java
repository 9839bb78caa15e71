package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.MonteCarloSettings;
import com.sesadvisor.engine.finance.sensitivity.CancellationToken;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Latin-hypercube Monte Carlo of the IRR on the background worker, with the user's ranges, draws and seed
 * ({@link MonteCarloRangesEditor}, validated inline by {@link MonteCarloDraft}): a progress bar fed by the engine's
 * listener (through {@code ui.access}, polled), a Cancel button that sets the engine's cancellation token, and when
 * it finishes P10/P50/P90 with P(IRR > discount rate) per model beside the ranges the run used
 * ({@link MonteCarloPresenter}).
 */
class MonteCarloSection extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(MonteCarloSection.class);

    private final AnalysisService service;
    private final MonteCarloRangesEditor editor;
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Paragraph stale = new Paragraph();
    private final Div results = new Div();
    private AnalysisInput input;
    private AnalysisInput resultsInput;
    private volatile CancellationToken token;

    MonteCarloSection(AnalysisService service) {
        this.service = service;
        this.editor = new MonteCarloRangesEditor(this::validate);
        addClassName("monte-carlo-section");
        setPadding(false);
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
        stale.setId("mc-stale");
        stale.addClassName("mc-stale");
        stale.setText(getTranslation("analysis.mc.stale"));
        stale.setVisible(false);
        results.setId("mc-results");
        results.addClassName("mc-results");
        HorizontalLayout controls = new HorizontalLayout(run, cancel);
        add(new H3(getTranslation("analysis.mc.title")), new Paragraph(getTranslation("analysis.mc.intro")),
                editor, controls, progress, status, stale, results);
    }

    void setInput(AnalysisInput in) {
        this.input = in;
        editor.setScenario(in.assumptions());
        validate();
        stale.setVisible(resultsInput != null && !sameScenario(resultsInput, in));
    }

    /** The run depends on the assumptions, mechanism and view only (not on the weights). */
    private static boolean sameScenario(AnalysisInput a, AnalysisInput b) {
        return a.assumptions().equals(b.assumptions()) && a.mechanism() == b.mechanism() && a.view() == b.view();
    }

    /** Inline validation after every edit: each problem on its cell, nothing typed is changed. */
    private MonteCarloDraft.Validation validate() {
        MonteCarloDraft.Validation v = editor.draft().validate(PresenterTexts.of(this));
        editor.showErrors(v.errors());
        return v;
    }

    private void start() {
        if (input == null || token != null) {
            return;
        }
        MonteCarloDraft.Validation v = validate();
        if (!v.ok()) {
            status.setText(getTranslation("analysis.mc.fixErrors", v.errors().size()));
            return;
        }
        MonteCarloSettings settings = v.settings().orElseThrow();
        AnalysisInput in = input;
        UI ui = UI.getCurrent();
        CancellationToken t = new CancellationToken();
        token = t;
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(getTranslation("analysis.mc.running"));
        Polling.start(ui);
        CompletableFuture.supplyAsync(() -> service.monteCarlo(in, settings, t,
                        (done, total) -> ui.access(() -> progress.setValue((double) done / total))),
                service.background()).whenComplete((r, err) -> ui.access(() -> finish(r, err, in, settings, ui)));
    }

    private void finish(List<MonteCarloResult> r, Throwable err, AnalysisInput in, MonteCarloSettings settings,
                        UI ui) {
        token = null;
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
        Polling.stop(ui);
        Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
        if (cause instanceof CancellationException) {
            status.setText(getTranslation("analysis.mc.cancelled"));
            return;
        }
        if (cause != null) {
            log.error("Monte Carlo run failed", cause);
            status.setText(getTranslation("analysis.mc.failed"));
            return;
        }
        MonteCarloPresenter p = new MonteCarloPresenter(PresenterTexts.of(this));
        status.setText(getTranslation("analysis.mc.done", r.get(0).draws()));
        resultsInput = in;
        stale.setVisible(!sameScenario(in, input));
        results.removeAll();
        Div used = new Div(p.rangesUsed(settings, in).html());
        used.setId("mc-ranges-used");
        used.addClassName("mc-ranges-used");
        Div table = new Div(p.results(r, in).html());
        table.setId("mc-distribution");
        results.add(table, used);
    }
}
