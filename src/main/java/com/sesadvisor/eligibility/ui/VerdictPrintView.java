package com.sesadvisor.eligibility.ui;

import com.sesadvisor.eligibility.AuditEntry;
import com.sesadvisor.eligibility.EligibilityService;
import com.sesadvisor.eligibility.ProjectInput;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * A stored verdict on a page of its own, without navigation, for printing or saving as PDF. It shows the audit
 * record, so a printout always matches what was decided, including the rule-set version.
 */
@Route("eligibility/verdict/:id")
@RolesAllowed({"REGULATOR", "ADMIN"})
public class VerdictPrintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EligibilityService eligibility;
    private final Clock clock;

    public VerdictPrintView(EligibilityService eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
        addClassName("verdict-print");
        setMaxWidth("60em");
        // Buttons and links are for the screen only.
        Element style = new Element("style");
        style.setText("@media print { .no-print { display: none !important; } }");
        getElement().appendChild(style);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        AuditEntry entry = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong).flatMap(eligibility::auditEntry).orElse(null);
        if (entry == null) {
            Paragraph missing = new Paragraph(getTranslation("eligibility.print.notFound"));
            missing.setId("verdict-missing");
            add(missing);
            return;
        }
        Button print = new Button(getTranslation("eligibility.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("print-verdict");
        Anchor back = new Anchor("eligibility/audit", getTranslation("eligibility.nav.audit"));
        HorizontalLayout actions = new HorizontalLayout(print, back);
        actions.addClassName("no-print");
        actions.setAlignItems(Alignment.CENTER);
        add(actions, new H2(getTranslation("eligibility.print.title") + ": " + entry.projectName()));
        source(entry);
        add(new VerdictPanel(entry, clock.getZone(), false), new H4(getTranslation("eligibility.print.facts")),
                facts(entry.project()), new Paragraph(getTranslation("eligibility.audit.firedRules",
                        String.join(", ", entry.firedRules()))));
    }

    private void source(AuditEntry entry) {
        eligibility.ruleSets().stream().filter(r -> r.name().equals(entry.ruleSet())).findFirst()
                .filter(r -> r.version().equals(entry.ruleSetVersion()))
                .ifPresent(r -> add(new Paragraph(getTranslation("eligibility.print.source", r.source(getLocale()), r.asOf()))));
    }

    private UnorderedList facts(ProjectInput p) {
        UnorderedList list = new UnorderedList();
        list.setId("verdict-facts");
        FactTexts.of(p, this).forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eligibility.print.title") + " · " + getTranslation("app.name");
    }
}
