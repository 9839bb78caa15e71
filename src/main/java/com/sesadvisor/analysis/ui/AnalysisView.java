package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.saved.SavedScenarioService;
import com.sesadvisor.analysis.saved.ui.SavedScenariosPanel;
import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.engine.finance.Assumptions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The standalone analysis: the saved scenarios above, scenario form and weights on the left, the {@link ResultsPanel}
 * on the right.
 */
@Route(value = "analysis", layout = MainLayout.class)
@RolesAllowed({"FACILITATOR", "ADMIN", "REGULATOR"})
public class AnalysisView extends VerticalLayout implements HasDynamicTitle {

    private final AnalysisService service;
    private final ScenarioForm form;
    private final WeightsEditor weights;
    private final ResultsPanel results;
    private final SavedScenariosPanel saved;
    /** The last valid scenario of this browser session, so a page reload does not reset the form (issue 15). */
    private static final String REMEMBERED = AnalysisView.class.getName() + ".current";
    private AnalysisInput current = remembered();
    /** Whether the form was valid at its last reading (then {@link #current} is what it shows). */
    private boolean formValid = true;

    private static AnalysisInput remembered() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        Object kept = session == null ? null : session.getAttribute(REMEMBERED);
        return kept instanceof AnalysisInput a ? a : AnalysisInput.paperBaseCase();
    }

    public AnalysisView(AnalysisService service, SavedScenarioService scenarios, Clock clock) {
        this.service = service;
        addClassName("analysis-view");
        form = new ScenarioForm(current.assumptions(), current.mechanism(), current.view(), this::edited);
        weights = new WeightsEditor(current.subjectiveWeights(), this::edited);
        results = new ResultsPanel(service);
        saved = new SavedScenariosPanel(scenarios, clock.getZone(), this::valid, this::load);
        VerticalLayout left = new VerticalLayout(form, weights);
        left.addClassName("analysis-left");
        left.setPadding(false);
        Div columns = new Div(left, results);
        columns.addClassName("analysis-columns");
        add(new H2(getTranslation("analysis.title")), saved, columns);
        results.show(current);
    }

    /** The user changed the form: recompute, and the saved-scenario panel asks before a load replaces the edits. */
    private void edited() {
        saved.formEdited();
        recompute();
    }

    /** The form's scenario when every field is valid (for saving); otherwise empty, with the fields marked. */
    private Optional<AnalysisInput> valid() {
        return formValid ? Optional.of(current) : Optional.empty();
    }

    /** Replaces the form with a loaded saved scenario and shows its results. */
    private void load(AnalysisInput in) {
        form.show(in.assumptions(), in.mechanism(), in.view());
        weights.show(in.subjectiveWeights());
        recompute();
    }

    /** Reads the form; shows every problem on its field and keeps the last valid results (nothing typed is lost). */
    private void recompute() {
        Optional<Assumptions> a = form.assumptions();
        Optional<Map<String, Double>> w = weights.weights();
        // every readable field is checked against the bounds each time, so each mark stays until its field is fixed
        var violations = service.violations(new AnalysisInput(form.readable(), form.mechanism(), form.view(),
                w.orElse(current.subjectiveWeights()), null, null));
        form.showViolations(violations);
        if (a.isEmpty() || w.isEmpty() || !violations.isEmpty()) {
            results.markStale();
            formValid = false;
            return;
        }
        AnalysisInput next = new AnalysisInput(a.get(), form.mechanism(), form.view(), w.get(), null, null);
        current = next;
        formValid = true;
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(REMEMBERED, next);
        }
        results.show(next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.title") + " · " + getTranslation("app.name");
    }
}
