package com.sesadvisor.analysis.ui;

import com.sesadvisor.analysis.AnalysisText;
import com.sesadvisor.analysis.AssumptionGroup;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The scenario: profit mechanism (with the revenue streams it earns per model), cash-flow view, and every finance
 * assumption grouped technical / cost / revenue / tax / finance. Reading the form never clears what was typed;
 * parse errors and the validator's violations appear on the field they concern.
 */
class ScenarioForm extends VerticalLayout {

    private final Map<AssumptionField, AssumptionEditor> editors = new EnumMap<>(AssumptionField.class);
    private final Select<ProfitMechanism> mechanism = new Select<>();
    private final Select<CashFlowView> view = new Select<>();
    private final Div streams = new Div();

    ScenarioForm(Assumptions initial, ProfitMechanism m, CashFlowView v, Runnable onChange) {
        addClassName("scenario-form");
        setPadding(false);
        add(new H3(getTranslation("analysis.form.title")));
        mechanism.setLabel(getTranslation("analysis.form.mechanism"));
        mechanism.setId("analysis-mechanism");
        mechanism.setItems(ProfitMechanism.values());
        mechanism.setItemLabelGenerator(p -> getTranslation(AnalysisText.mechanism(p).key()));
        mechanism.setValue(m);
        mechanism.addValueChangeListener(e -> {
            showStreams();
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        view.setLabel(getTranslation("analysis.form.view"));
        view.setId("analysis-view");
        view.setItems(CashFlowView.values());
        view.setItemLabelGenerator(x -> getTranslation(AnalysisText.view(x).key()));
        view.setValue(v);
        view.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        streams.addClassName("mechanism-streams");
        streams.setId("mechanism-streams");
        add(mechanism, streams, view);
        for (AssumptionGroup g : AssumptionGroup.values()) {
            VerticalLayout box = new VerticalLayout();
            box.setPadding(false);
            box.setSpacing(false);
            for (AssumptionField f : g.fields()) {
                AssumptionEditor e = new AssumptionEditor(f, initial.get(f), onChange);
                editors.put(f, e);
                box.add(e);
            }
            Details d = new Details(getTranslation(AnalysisText.group(g).key()), box);
            d.setId("group-" + g.name().toLowerCase());
            d.setOpened(g == AssumptionGroup.TECHNICAL || g == AssumptionGroup.REVENUE);
            add(d);
        }
        showStreams();
    }

    ProfitMechanism mechanism() {
        return mechanism.getValue();
    }

    CashFlowView view() {
        return view.getValue();
    }

    /** Fields whose text was not a number at the last {@link #assumptions()}; they keep that message. */
    private final java.util.Set<AssumptionField> unreadable = java.util.EnumSet.noneOf(AssumptionField.class);
    private Assumptions readable = Assumptions.paperDefaults();

    /** The assumptions typed, or empty when a field is not a number (that field then shows why). */
    Optional<Assumptions> assumptions() {
        Assumptions.Builder b = Assumptions.paperDefaults().toBuilder();
        unreadable.clear();
        for (AssumptionEditor e : editors.values()) {
            OptionalDouble v = e.read();
            if (v.isPresent()) {
                b.set(e.field(), v.getAsDouble());
            } else {
                unreadable.add(e.field());
            }
        }
        readable = b.build();
        return unreadable.isEmpty() ? Optional.of(readable) : Optional.empty();
    }

    /**
     * The numbers typed, with defaults only where the text is not a number: checked even while a field is unreadable,
     * so every other bad field keeps its mark (issue 15: a mark vanished when another field was edited).
     */
    Assumptions readable() {
        return readable;
    }

    /** Replaces everything on the form with {@code in} (a loaded saved scenario); what was typed is gone. */
    void show(Assumptions in, ProfitMechanism m, CashFlowView v) {
        mechanism.setValue(m);
        view.setValue(v);
        editors.values().forEach(e -> e.show(in.get(e.field())));
        unreadable.clear();
        readable = in;
    }

    /** Shows each violation on its field, named by the field's label, in the user's language. */
    void showViolations(List<Violation> violations) {
        Map<String, List<Violation>> byField = violations.stream()
                .collect(Collectors.groupingBy(Violation::field));
        for (AssumptionEditor e : editors.values()) {
            List<Violation> vs = byField.get(e.field().key());
            if (vs != null && !unreadable.contains(e.field())) {
                e.setError(vs.stream().map(x -> getTranslation("analysis.error.other", e.label(),
                        Texts.render(x.text()))).collect(Collectors.joining("; ")));
            }
        }
    }

    private void showStreams() {
        streams.removeAll();
        ProfitMechanism p = mechanism.getValue();
        Assumptions a = Assumptions.paperDefaults();
        for (InvestmentModel m : InvestmentModel.values()) {
            String list = Texts.render(TextLists.commas(p.streams(m, a).stream()
                    .map(s -> Text.of(AnalysisText.stream(s))).toList()));
            Paragraph line = new Paragraph(m.name() + ": " + list);
            line.addClassName("stream-line");
            streams.add(line);
        }
    }
}
