package com.sesadvisor.rules.ui;

import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleBaseReloader;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleSetInfo;
import com.sesadvisor.security.CurrentUser;
import com.sesadvisor.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule catalogue: the serving rule base and its last reload, the eligibility rule sets with source and
 * as-of date, every rule by ID, and the DRL of the selected rule. Admins can reload.
 */
@Route(value = "rules", layout = MainLayout.class)
@PermitAll
public class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final RuleEngine ruleEngine;
    private final RuleBaseReloader reloader;
    private final CurrentUser currentUser;

    public RulesView(RuleEngine ruleEngine, RuleBaseReloader reloader, CurrentUser currentUser) {
        this.ruleEngine = ruleEngine;
        this.reloader = reloader;
        this.currentUser = currentUser;
        addClassName("rules-view");
        build();
    }

    private void build() {
        removeAll();
        RuleBase ruleBase = ruleEngine.current();
        add(new H2(getTranslation("rules.title")), new RuleBaseStatusPanel(ruleEngine, reloader,
                currentUser.hasRole(Role.ADMIN), currentUser.username(), this::build));

        Grid<RuleSetInfo> sets = new Grid<>();
        sets.setId("rule-set-grid");
        sets.addColumn(RuleSetInfo::name).setHeader(getTranslation("rules.col.name")).setAutoWidth(true)
                .setFlexGrow(0);
        sets.addColumn(r -> r.title(getLocale())).setHeader(getTranslation("rules.col.title")).setFlexGrow(2);
        sets.addColumn(r -> r.source(getLocale())).setHeader(getTranslation("rules.col.source")).setFlexGrow(5);
        sets.addColumn(RuleSetInfo::asOf).setHeader(getTranslation("rules.col.asOf")).setAutoWidth(true)
                .setFlexGrow(0);
        sets.addColumn(RuleSetInfo::version).setHeader(getTranslation("rules.col.version")).setAutoWidth(true)
                .setFlexGrow(0);
        sets.setItems(RuleSetInfo.of(ruleBase).values());
        sets.setAllRowsVisible(true);
        sets.addThemeName("wrap-cell-content");

        H3 sourceTitle = new H3();
        Pre source = new Pre();
        source.setId("rule-source");
        source.addClassName("rule-source");
        Grid<RuleBase.RuleInfo> grid = new Grid<>();
        grid.setId("rule-grid");
        grid.addColumn(RuleBase.RuleInfo::id).setHeader(getTranslation("rules.id")).setAutoWidth(true);
        grid.addColumn(RuleBase.RuleInfo::title).setHeader(getTranslation("rules.rule")).setFlexGrow(3);
        grid.addColumn(RuleBase.RuleInfo::file).setHeader(getTranslation("rules.file")).setFlexGrow(2);
        grid.setItems(ruleBase.rules());
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            RuleBase.RuleInfo rule = e.getValue();
            sourceTitle.setText(rule == null ? "" : getTranslation("rules.ruleSource", rule.id(), rule.file()));
            source.setText(rule == null ? "" : ruleBase.files().stream().filter(f -> f.path().equals(rule.file()))
                    .findFirst().map(f -> ruleText(f.source(), rule.id())).orElse(""));
        });
        add(new H3(getTranslation("rules.ruleSets")), sets, new H3(getTranslation("rules.rulesHeading")), grid,
                new Paragraph(getTranslation("rules.selectHint")), sourceTitle, source);
    }

    /** Just the rule (from {@code rule "ID ..."} to its {@code end}); the whole file if it cannot be found. */
    static String ruleText(String drl, String id) {
        Matcher m = Pattern.compile("(?ms)^\\s*rule\\s+\"" + Pattern.quote(id) + "\\b[^\"]*\".*?^end\\s*$")
                .matcher(drl);
        return m.find() ? m.group().strip() : drl;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title") + " · " + getTranslation("app.name");
    }
}
