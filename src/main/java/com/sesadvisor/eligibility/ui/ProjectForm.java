package com.sesadvisor.eligibility.ui;

import com.sesadvisor.eligibility.EligibilityText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.ProjectInput;
import com.sesadvisor.rules.RuleSetInfo;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project facts. Fields a rule set does not read are hidden; visible numbers are required. Binder validates
 * inline as the user types, and the draft keeps every entry when something is invalid.
 */
final class ProjectForm extends FormLayout {

    private final ProjectDraft draft = new ProjectDraft();
    private final Binder<ProjectDraft> binder = new Binder<>();
    private final TextField name = new TextField();
    private final NumberField power = number("ratedPowerMw", "MW");
    private final NumberField energy = number("ratedEnergyMwh", "MWh");
    private final NumberField cycles = number("annualCycles",
            com.sesadvisor.base.i18n.Texts.render(com.sesadvisor.engine.text.Units.of("cycles/yr")));
    private final Checkbox metering = checkbox("independentMetering");
    private final Checkbox dispatch = checkbox("dispatchConnected");
    private final Checkbox entity = checkbox("legalEntity");
    private final Map<String, com.vaadin.flow.component.Component> byField = Map.of("name", name,
            "ratedPowerMw", power, "ratedEnergyMwh", energy, "annualCycles", cycles, "independentMetering", metering,
            "dispatchConnected", dispatch, "legalEntity", entity);

    ProjectForm() {
        name.setId("project-name");
        name.setLabel(getTranslation("eligibility.name"));
        name.setMaxLength(200);
        binder.forField(name).asRequired(getTranslation("eligibility.name.required"))
                .withValidator(v -> v.strip().length() <= 200, getTranslation("eligibility.name.length"))
                .bind(ProjectDraft::getName, ProjectDraft::setName);
        bindNumber(power, true, ProjectDraft::getRatedPowerMw, ProjectDraft::setRatedPowerMw);
        bindNumber(energy, false, ProjectDraft::getRatedEnergyMwh, ProjectDraft::setRatedEnergyMwh);
        bindNumber(cycles, false, ProjectDraft::getAnnualCycles, ProjectDraft::setAnnualCycles);
        binder.forField(metering).bind(ProjectDraft::isIndependentMetering, ProjectDraft::setIndependentMetering);
        binder.forField(dispatch).bind(ProjectDraft::isDispatchConnected, ProjectDraft::setDispatchConnected);
        binder.forField(entity).bind(ProjectDraft::isLegalEntity, ProjectDraft::setLegalEntity);
        binder.setBean(draft);
        add(name, power, energy, cycles, metering, dispatch, entity);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** Shows exactly the fields the rule set reads (name and rated power always). */
    void show(RuleSetInfo ruleSet) {
        List<String> needs = ruleSet == null ? List.of() : ruleSet.requires();
        byField.forEach((field, component) -> component.setVisible(field.equals("name")
                || field.equals("ratedPowerMw") || needs.contains(field)));
        if (!binder.getFields().allMatch(f -> f.isEmpty())) {
            binder.validate();
        }
    }

    /** The input if every visible field is valid; otherwise marks the fields and returns empty. */
    Optional<ProjectInput> read() {
        return binder.validate().isOk() ? Optional.of(visibleOnly(draft.toInput())) : Optional.empty();
    }

    /** Marks fields the service refused (a second line of defence; the binder normally catches these). */
    void showProblems(List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            if (byField.get(p.field()) instanceof HasValidation field) {
                field.setErrorMessage(Texts.render(p.message()));
                field.setInvalid(true);
            }
        }
    }

    private ProjectInput visibleOnly(ProjectInput in) {
        // A hidden field's old value must not reach the rules of a rule set that does not ask for it.
        return new ProjectInput(in.name(), in.ratedPowerMw(), energy.isVisible() ? in.ratedEnergyMwh() : null,
                cycles.isVisible() ? in.annualCycles() : null, metering.isVisible() ? in.independentMetering() : null,
                dispatch.isVisible() ? in.dispatchConnected() : null, entity.isVisible() ? in.legalEntity() : null);
    }

    private void bindNumber(NumberField field, boolean positive,
                            com.vaadin.flow.function.ValueProvider<ProjectDraft, Double> getter,
                            com.vaadin.flow.data.binder.Setter<ProjectDraft, Double> setter) {
        binder.forField(field)
                .withValidator(v -> !field.isVisible() || v != null, getTranslation("eligibility.required"))
                .withValidator(v -> v == null || !positive || v > 0, getTranslation("eligibility.number.positive"))
                .withValidator(v -> v == null || v >= 0, getTranslation("eligibility.number.nonNegative"))
                .bind(getter, setter);
    }

    private NumberField number(String field, String unit) {
        NumberField f = new NumberField(getTranslation(EligibilityText.fact(field).key()));
        f.setId("project-" + field);
        if (unit != null) {
            f.setSuffixComponent(new com.vaadin.flow.component.html.Span(unit));
        }
        return f;
    }

    private Checkbox checkbox(String field) {
        Checkbox c = new Checkbox(getTranslation(EligibilityText.fact(field).key()));
        c.setId("project-" + field);
        return c;
    }
}
