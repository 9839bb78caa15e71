package com.sesadvisor.rules.ui;

import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleEngine;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The loaded rule base: version, when it was compiled, every rule by ID, and the DRL that defines it. */
@Route(value = "rules", layout = MainLayout.class)
@PermitAll
public class RulesView extends VerticalLayout implements HasDynamicTitle {

    public RulesView(RuleEngine ruleEngine) {
        addClassName("rules-view");
        RuleBase ruleBase = ruleEngine.current();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        add(new H2(getTranslation("rules.title")));
        Paragraph status = new Paragraph(getTranslation("rules.status", ruleBase.version(),
                when.format(ruleBase.loadedAt()), ruleBase.compileMillis(), ruleBase.files().size(),
                ruleBase.rules().size()));
        status.setId("rule-base-status");
        add(status);

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
        grid.asSingleSelect().addValueChangeListener(e -> source.setText(e.getValue() == null ? ""
                : ruleBase.files().stream().filter(f -> f.path().equals(e.getValue().file())).findFirst()
                        .map(RuleBase.RuleFile::source).orElse("")));
        add(grid, new Paragraph(getTranslation("rules.selectHint")), source);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title") + " · " + getTranslation("app.name");
    }
}
