package com.sesadvisor.eligibility.ui;

import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.eligibility.EligibilityService;
import com.sesadvisor.eligibility.EligibilityVerdict;
import com.sesadvisor.eligibility.InvalidProjectException;
import com.sesadvisor.eligibility.ProjectInput;
import com.sesadvisor.eligibility.RuleSetQuarantinedException;
import com.sesadvisor.eligibility.UnknownRuleSetException;
import com.sesadvisor.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;

/** Single check: pick a rule set, enter the project, get a verdict that lists every rule and is stored. */
@Route(value = "eligibility", layout = MainLayout.class)
@RolesAllowed({"REGULATOR", "ADMIN"})
public class EligibilityView extends VerticalLayout implements HasDynamicTitle {

    private final EligibilityService eligibility;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div result = new Div();
    private final DatePicker assessmentDate = new DatePicker(getTranslation("eligibility.assessmentDate"));

    public EligibilityView(EligibilityService eligibility, CurrentUser currentUser, Clock clock) {
        this.eligibility = eligibility;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("eligibility-view");
        add(new H2(getTranslation("eligibility.title")));
        if (eligibility.ruleSets().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("eligibility.noRuleSets"));
            empty.setId("eligibility-empty");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("eligibility.intro")));
        RuleSetPicker picker = new RuleSetPicker("rule-set", eligibility.ruleSets());
        ProjectForm form = new ProjectForm();
        form.show(picker.getValue());
        picker.addValueChangeListener(e -> {
            form.show(e.getValue());
            result.removeAll(); // a verdict of another rule set must not stay under this one's form
        });
        Button check = new Button(getTranslation("eligibility.check"), e -> check(picker, form));
        check.setId("check-eligibility");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in the project's fields checks; not in the rule-set select, where Enter picks a rule set (it used to
        // run a check and write an audit record for a rule set the user was only choosing)
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(form, assessmentDate);
        result.setId("verdict-area");
        result.setWidthFull();
        assessmentDate.setId("assessment-date");
        assessmentDate.setHelperText(getTranslation("eligibility.assessmentDate.help"));
        assessmentDate.setClearButtonVisible(true);
        add(picker, form, assessmentDate, check, result);
    }

    private void check(RuleSetPicker picker, ProjectForm form) {
        Optional<ProjectInput> input = form.read();
        if (input.isEmpty() || picker.getValue() == null) {
            // The binder has marked the fields inline; the entries stay as typed.
            return;
        }
        try {
            assessmentDate.setInvalid(false);
            EligibilityVerdict verdict = eligibility.check(picker.getValue().name(), input.get(),
                    currentUser.username(), assessmentDate.getValue());
            result.removeAll();
            result.add(verdictPanel(verdict));
        } catch (InvalidProjectException e) {
            e.problems().stream().filter(p -> p.field().equals("assessmentDate")).findFirst().ifPresent(p -> {
                assessmentDate.setErrorMessage(Texts.render(p.message()));
                assessmentDate.setInvalid(true);
            });
            form.showProblems(e.problems());
            Notifications.error(getTranslation("eligibility.fixErrors"));
        } catch (RuleSetQuarantinedException e) {
            // A runaway rule: this rule set is out of service until an admin fixes and reloads it.
            Notifications.error(Texts.render(e.text()));
        } catch (UnknownRuleSetException e) {
            // The rule set was removed by a reload since the page was opened.
            Notifications.error(Texts.render(e.text()));
        }
    }

    private Component verdictPanel(EligibilityVerdict verdict) {
        return eligibility.auditEntry(verdict.auditId())
                .<Component>map(entry -> new VerdictPanel(entry, clock.getZone(), true))
                .orElseGet(() -> new Paragraph(getTranslation("eligibility.print.notFound")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eligibility.title") + " · " + getTranslation("app.name");
    }
}
