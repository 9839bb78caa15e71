package com.sesadvisor.eligibility.ui;

import com.sesadvisor.eligibility.AuditEntry;
import com.sesadvisor.eligibility.RuleCheck;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/**
 * A stored verdict: headline, every rule with pass/fail, required vs actual and the regulation wording, and
 * the rule-set version that judged it. Shown after a check, in the audit trail and on the printable page.
 */
final class VerdictPanel extends VerticalLayout {

    VerdictPanel(AuditEntry entry, ZoneId zone, boolean withPrintLink) {
        setId("verdict");
        setPadding(false);
        H3 headline = new H3(entry.eligible()
                ? getTranslation("eligibility.verdict.eligible", entry.ruleSet())
                : getTranslation("eligibility.verdict.notEligible", entry.ruleSet(), entry.checks().stream()
                        .filter(c -> !c.passed()).map(RuleCheck::ruleId).collect(Collectors.joining(", "))));
        headline.setId("verdict-headline");
        headline.getStyle().set("color", entry.eligible() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone);
        Paragraph meta = new Paragraph(getTranslation("eligibility.verdict.meta", entry.ruleSet(),
                entry.ruleSetVersion(), entry.ruleBaseVersion(), entry.decidedBy(), when.format(entry.decidedAt()),
                entry.id()));
        meta.setId("verdict-meta");
        add(headline, meta, checks(entry));
        if (withPrintLink) {
            Anchor print = new Anchor("eligibility/verdict/" + entry.id(), getTranslation("eligibility.printable"));
            print.setId("printable-verdict");
            add(print);
        }
    }

    private Grid<RuleCheck> checks(AuditEntry entry) {
        Grid<RuleCheck> grid = new Grid<>();
        grid.setId("verdict-checks");
        grid.addColumn(RuleCheck::ruleId).setHeader(getTranslation("eligibility.col.rule")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Span badge = new Span(getTranslation(c.passed() ? "eligibility.passed" : "eligibility.failed"));
            badge.getElement().getThemeList().add(c.passed() ? "badge success" : "badge error");
            badge.addClassName(c.passed() ? "check-passed" : "check-failed");
            return badge;
        }).setHeader(getTranslation("eligibility.col.outcome")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER);
        grid.addColumn(RuleCheck::required).setHeader(getTranslation("eligibility.col.required")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RuleCheck::actual).setHeader(getTranslation("eligibility.col.actual")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.message(getLocale())).setHeader(getTranslation("eligibility.col.wording"))
                .setFlexGrow(1);
        grid.setItems(entry.checks());
        grid.setAllRowsVisible(true);
        grid.addThemeName("wrap-cell-content");
        grid.setWidthFull();
        return grid;
    }
}
