package com.sesadvisor.workshop.setup.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.Provenance;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Step 2: the project scenario. The key finance assumptions with unit, default and provenance (PAPER, ASSUMPTION,
 * or USER once changed), the profit mechanism(s) and the eligibility rule set. Validation is the finance engine's
 * ({@code AssumptionValidator}); each violation is shown at its field.
 */
class ScenarioStep extends VerticalLayout {

    /** The assumptions a committee discusses; the others keep their stored value (default unless changed). */
    static final List<AssumptionField> KEY_FIELDS = List.of(AssumptionField.RATED_POWER_MW,
            AssumptionField.RATED_ENERGY_MWH, AssumptionField.CYCLES_PER_YEAR, AssumptionField.SPREAD,
            AssumptionField.UNIT_INVESTMENT_PER_WH, AssumptionField.DEMAND_CHARGE_BASIS_SHARE,
            AssumptionField.LEASED_SHARE);
    static final String NO_RULE_SET = "";

    private final Map<AssumptionField, NumberField> fields = new LinkedHashMap<>();

    ScenarioStep(WorkshopSetupService service, WorkshopSetup setup, Consumer<WorkshopSetup> onSaved) {
        add(new H3(getTranslation("workshop.scenario.assumptions")),
                new Paragraph(getTranslation("workshop.scenario.help")));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2),
                new FormLayout.ResponsiveStep("70rem", 3));
        for (AssumptionField f : KEY_FIELDS) {
            NumberField field = new NumberField(getTranslation(WorkshopText.assumption(f).key()));
            field.setId("assumption-" + f.key());
            field.setValue(setup.assumptions().get(f));
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(unit(f)));
            field.setTooltipText(Texts.render(f.descriptionText()));
            field.setStep(f.kind() == AssumptionField.Kind.INTEGER ? 1 : 0.0001);
            field.addValueChangeListener(e -> {
                describe(f, field);
                // this field's mark goes when this field is fixed, and only then; other fields keep theirs
                if (field.isInvalid()) {
                    String problem = problem(f, field);
                    if (problem == null) {
                        field.setInvalid(false);
                    } else {
                        field.setErrorMessage(problem);
                    }
                }
            });
            describe(f, field);
            fields.put(f, field);
            form.add(field);
        }
        CheckboxGroup<ProfitMechanism> mechanisms = new CheckboxGroup<>(getTranslation("workshop.scenario.mechanisms"));
        mechanisms.setId("mechanisms");
        mechanisms.setItems(ProfitMechanism.values());
        mechanisms.setItemLabelGenerator(m -> getTranslation(WorkshopText.mechanism(m).key()));
        mechanisms.setValue(setup.mechanisms());

        Select<String> ruleSet = new Select<>();
        ruleSet.setLabel(getTranslation("workshop.scenario.ruleSet"));
        ruleSet.setId("rule-set");
        List<String> sets = new ArrayList<>();
        sets.add(NO_RULE_SET);
        sets.addAll(service.ruleSets());
        ruleSet.setItems(sets);
        ruleSet.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("workshop.scenario.ruleSet.none") : s);
        ruleSet.setValue(setup.ruleSet().orElse(NO_RULE_SET));
        ruleSet.setHelperText(sets.size() == 1 ? getTranslation("workshop.scenario.ruleSet.empty") : null);

        Button save = new Button(getTranslation("workshop.setup.saveNext"), e -> save(service, setup, mechanisms,
                ruleSet, onSaved));
        save.setId("save-scenario");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, new H3(getTranslation("workshop.scenario.mechanismsTitle")), mechanisms, ruleSet, save);
    }

    private void save(WorkshopSetupService service, WorkshopSetup setup, CheckboxGroup<ProfitMechanism> mechanisms,
                      Select<String> ruleSet, Consumer<WorkshopSetup> onSaved) {
        Map<String, HasValidation> byKey = new LinkedHashMap<>();
        fields.forEach((f, field) -> byKey.put(f.key(), field));
        byKey.put("mechanisms", mechanisms);
        byKey.put("ruleSet", ruleSet);
        // every bad field is marked at once (empty, not a number, or outside the field's catalogue bounds, the same
        // AssumptionField limits the API checks); nothing is sent while any is marked
        boolean bad = false;
        for (Map.Entry<AssumptionField, NumberField> e : fields.entrySet()) {
            String problem = problem(e.getKey(), e.getValue());
            e.getValue().setInvalid(problem != null);
            if (problem != null) {
                e.getValue().setErrorMessage(problem);
                bad = true;
            }
        }
        if (bad) {
            return;
        }
        Assumptions.Builder b = setup.assumptions().toBuilder();
        fields.forEach((f, field) -> b.set(f, field.getValue()));
        try {
            SetupSaving.save(this, () -> service.saveScenario(setup.id(), setup.version(), b.build(),
                    mechanisms.getValue(), ruleSet.getValue()), byKey, onSaved);
        } catch (InvalidFinanceInputException e) {
            for (Violation v : e.violations()) {
                SetupSaving.showFieldError(this, byKey, v.field(), message(v));
            }
        }
    }

    /** What is wrong with one field by its own bounds, or null when it is fine. */
    private String problem(AssumptionField f, NumberField field) {
        if (field.getValue() == null) {
            return getTranslation("workshop.scenario.required");
        }
        double x = field.getValue();
        if (!Double.isFinite(x)) {
            return getTranslation("workshop.scenario.required");
        }
        return rangeMessage(f, x);
    }

    /** Why {@code x} is outside the field's catalogue limits, in the user's language; null when inside. */
    private String rangeMessage(AssumptionField f, double x) {
        if (f.kind() == AssumptionField.Kind.INTEGER && x != Math.rint(x)) {
            return getTranslation("workshop.violation.whole");
        }
        if (f.strictlyPositive() && x <= 0) {
            return getTranslation("workshop.violation.positive", unit(f));
        }
        if (x < f.min()) {
            return getTranslation("workshop.violation.min", plain(f.min()), unit(f));
        }
        if (x > f.max()) {
            return getTranslation("workshop.violation.max", plain(f.max()), unit(f));
        }
        return null;
    }

    /**
     * The engine's range checks, worded in the user's language from the field's catalogue limits; cross-field
     * reasons (e.g. leased share with arbitrage) are the engine's own texts, rendered in the user's language.
     */
    private String message(Violation v) {
        AssumptionField f = AssumptionField.byKey(v.field());
        NumberField field = f == null ? null : fields.get(f);
        if (field == null || field.getValue() == null) {
            return Texts.render(v.text());
        }
        String range = rangeMessage(f, field.getValue());
        return range != null ? range : Texts.render(v.text());
    }

    /** Up to four decimals, none trailing (100, 0.7234), in the user's locale. */
    private String plain(double v) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(4);
        return f.format(v);
    }

    /** The field's unit in the user's language. */
    private static String unit(AssumptionField f) {
        return Texts.render(f.unitText());
    }

    /** Unit, default and where the value comes from, updated as the facilitator types. */
    private void describe(AssumptionField f, NumberField field) {
        Double v = field.getValue();
        Provenance p = v != null && Double.compare(v, f.defaultValue()) == 0 ? f.provenance() : Provenance.USER;
        field.setHelperText(getTranslation(WorkshopText.provenance(p).key()) + " · "
                + getTranslation("workshop.scenario.default", plain(f.defaultValue()), unit(f)));
    }
}
