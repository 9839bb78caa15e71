package com.sesadvisor.rules.ui;

import com.sesadvisor.rules.RuleText;
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
import com.sesadvisor.rules.ReloadOutcome;
import com.sesadvisor.rules.RuleBaseHistory;
import com.sesadvisor.rules.RuleScenario;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
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
        grid.addColumn(r -> r.title(getLocale())).setHeader(getTranslation("rules.rule")).setFlexGrow(3);
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
        add(new H3(getTranslation("rules.scenarios")), new Paragraph(getTranslation("rules.scenarios.intro")),
                scenarioGrid(ruleBase), new H3(getTranslation("rules.history")), historyGrid());
    }

    /** Every scenario of every rule set with its result on the serving rules and, after a refusal, the candidate. */
    private Grid<ScenarioRow> scenarioGrid(RuleBase ruleBase) {
        ReloadOutcome last = reloader.lastOutcome().orElse(null);
        List<RuleScenario.Result> candidate = last == null || last.succeeded() ? List.of() : last.scenarioResults();
        List<ScenarioRow> rows = new ArrayList<>();
        for (RuleSetInfo set : RuleSetInfo.all(ruleBase)) {
            for (RuleScenario sc : set.scenarios()) {
                rows.add(new ScenarioRow(set.name(), sc, find(ruleBase.scenarioResults(), sc), find(candidate, sc)));
            }
        }
        Grid<ScenarioRow> grid = new Grid<>();
        grid.setId("scenario-grid");
        // at 1024 px with the menu open the grid has about 720 px: widths shared, texts wrap; the file column shows
        // the file's name and line (a path does not wrap), the whole path in its tooltip
        grid.addColumn(r -> r.ruleSet).setHeader(getTranslation("rules.col.name")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> r.scenario.file().substring(r.scenario.file().lastIndexOf('/') + 1) + ":"
                        + r.scenario.line()).setHeader(getTranslation("rules.file")).setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(r -> r.scenario.file() + ":" + r.scenario.line());
        grid.addColumn(r -> r.scenario.name()).setHeader(getTranslation("rules.scenario.name")).setWidth("6rem")
                .setFlexGrow(3);
        grid.addColumn(r -> r.scenario.expected()).setHeader(getTranslation("rules.scenario.expected"))
                .setWidth("5rem").setFlexGrow(2);
        grid.addColumn(r -> result(r.serving)).setHeader(getTranslation("rules.scenario.serving")).setWidth("5rem")
                .setFlexGrow(2);
        grid.addColumn(r -> r.candidate == null ? "" : result(r.candidate))
                .setHeader(getTranslation("rules.scenario.candidate")).setWidth("5rem").setFlexGrow(3);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeName("wrap-cell-content");
        return grid;
    }

    private String result(RuleScenario.Result r) {
        return r == null ? "" : getTranslation(r.passed() ? "rules.scenario.passed" : "rules.scenario.failed",
                r.actual());
    }

    private static RuleScenario.Result find(List<RuleScenario.Result> results, RuleScenario sc) {
        return results.stream().filter(r -> r.file().equals(sc.file()) && r.line() == sc.line()).findFirst()
                .orElse(null);
    }

    private record ScenarioRow(String ruleSet, RuleScenario scenario, RuleScenario.Result serving, RuleScenario.Result candidate) {
    }

    /** Every activation and refusal, newest first; selecting one shows its diff and errors. */
    private VerticalLayout historyGrid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<RuleBaseHistory.Event> grid = new Grid<>();
        grid.setId("rule-history-grid");
        grid.addColumn(e -> when.format(e.at())).setHeader(getTranslation("rules.history.when")).setAutoWidth(true);
        grid.addColumn(RuleBaseHistory.Event::actor).setHeader(getTranslation("rules.history.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(RuleText.historyOutcome(e.outcome()).key()))
                .setHeader(getTranslation("rules.history.outcome")).setAutoWidth(true);
        grid.addColumn(e -> e.version() == null ? "" : e.version()).setHeader(getTranslation("rules.col.version"))
                .setAutoWidth(true);
        grid.addColumn(RuleBaseHistory.Event::message).setHeader(getTranslation("rules.history.message"))
                .setFlexGrow(4);
        grid.setItems(reloader.history(50));
        grid.setAllRowsVisible(true);
        grid.addThemeName("wrap-cell-content");
        Pre diff = new Pre();
        diff.setId("rule-history-diff");
        diff.addClassName("rule-source");
        grid.asSingleSelect().addValueChangeListener(e -> {
            RuleBaseHistory.Event ev = e.getValue();
            if (ev == null) {
                diff.setText("");
                return;
            }
            StringBuilder text = new StringBuilder();
            ev.errors().forEach(err -> text.append(getTranslation("rules.reload.error", err.file(), err.line(),
                    err.message())).append('\n'));
            text.append(ev.diff().isEmpty() ? getTranslation("rules.history.noDiff") : ev.diff());
            diff.setText(text.toString());
        });
        VerticalLayout box = new VerticalLayout(grid, new Paragraph(getTranslation("rules.history.hint")), diff);
        box.setPadding(false);
        return box;
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
