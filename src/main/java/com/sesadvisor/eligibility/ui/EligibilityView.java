package com.sesadvisor.eligibility.ui;

import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleEngine;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The regulator's workspace. Lists the eligibility rule sets found under rules/eligibility/; the checks
 * themselves arrive with the eligibility rule sets.
 */
@Route(value = "eligibility", layout = MainLayout.class)
@RolesAllowed({"REGULATOR", "ADMIN", "FACILITATOR"})
public class EligibilityView extends VerticalLayout implements HasDynamicTitle {

    public EligibilityView(RuleEngine ruleEngine) {
        addClassName("eligibility-view");
        add(new H2(getTranslation("eligibility.title")));
        List<RuleBase.RuleFile> ruleSets = ruleEngine.current().files().stream()
                .filter(f -> f.path().startsWith("eligibility/")).toList();
        if (ruleSets.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("eligibility.noRuleSets"));
            empty.setId("eligibility-empty");
            add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        ruleSets.forEach(f -> list.add(new ListItem(f.path())));
        add(new Paragraph(getTranslation("eligibility.ruleSets")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eligibility.title") + " · " + getTranslation("app.name");
    }
}
