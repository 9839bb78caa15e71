package com.sesadvisor.eligibility.ui;

import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.eligibility.AuditEntry;
import com.sesadvisor.eligibility.InvalidProjectException;
import com.sesadvisor.eligibility.RerunResult;
import com.sesadvisor.eligibility.RuleSetQuarantinedException;
import com.sesadvisor.eligibility.UnknownRuleSetException;
import com.sesadvisor.eligibility.ProjectInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/** One audit record: the exact facts, every rule's outcome and the rule-set version used, with a print link. */
final class AuditDetailDialog extends Dialog {

    AuditDetailDialog(AuditEntry entry, ZoneId zone) {
        this(entry, zone, null);
    }

    /** With a "re-run on current rules" button when {@code rerun} is given (regulators' audit screen). */
    AuditDetailDialog(AuditEntry entry, ZoneId zone, Function<AuditEntry, Optional<RerunResult>> rerun) {
        setId("audit-detail");
        setHeaderTitle(getTranslation("eligibility.audit.detail", entry.id()) + " · " + entry.projectName());
        setWidth("70em");
        Paragraph facts = new Paragraph(getTranslation("eligibility.print.facts") + ": " + facts(entry.project()));
        facts.setId("audit-detail-facts");
        Paragraph fired = new Paragraph(getTranslation("eligibility.audit.firedRules",
                String.join(", ", entry.firedRules())));
        Paragraph version = new Paragraph(getTranslation("eligibility.audit.ruleBaseVersion",
                entry.ruleBaseVersion(), entry.ruleSetVersion(),
                entry.assessmentDate() == null ? "" : entry.assessmentDate().toString()));
        version.setId("audit-detail-version");
        add(facts, new VerdictPanel(entry, zone, true), fired, version);
        if (rerun != null) {
            Div outcome = new Div();
            outcome.setId("rerun-result");
            Button again = new Button(getTranslation("eligibility.audit.rerun"), e -> {
                outcome.removeAll();
                try {
                    rerun.apply(entry).ifPresent(r -> show(r, outcome));
                } catch (RuleSetQuarantinedException | InvalidProjectException | UnknownRuleSetException x) {
                    outcome.add(new Paragraph(x instanceof RuleSetQuarantinedException q ? Texts.render(q.text())
                            : x instanceof UnknownRuleSetException u ? Texts.render(u.text()) : x.getMessage()));
                }
            });
            again.setId("audit-rerun");
            getFooter().add(again);
            add(outcome);
        }
        Button close = new Button(getTranslation("eligibility.audit.close"), e -> close());
        close.setId("audit-detail-close");
        getFooter().add(close);
    }

    private void show(RerunResult r, Div outcome) {
        Paragraph summary = new Paragraph(getTranslation(r.changed() ? "eligibility.audit.rerun.changed"
                : "eligibility.audit.rerun.same", r.ruleBaseVersionThen(), r.ruleBaseVersionNow(),
                getTranslation(r.eligibleThen() ? "eligibility.status.ELIGIBLE" : "eligibility.status.NOT_ELIGIBLE"),
                getTranslation(r.eligibleNow() ? "eligibility.status.ELIGIBLE" : "eligibility.status.NOT_ELIGIBLE")));
        summary.setId("rerun-summary");
        outcome.add(summary);
        UnorderedList changes = new UnorderedList();
        r.checks().stream().filter(RerunResult.CheckChange::changed).forEach(c -> changes.add(new ListItem(
                getTranslation("eligibility.audit.rerun.check", c.ruleId(), passed(c.passedThen()),
                        passed(c.passedNow())))));
        outcome.add(changes);
    }

    private String passed(Boolean passed) {
        return getTranslation(passed == null ? "eligibility.audit.rerun.absent"
                : passed ? "eligibility.audit.rerun.passed" : "eligibility.audit.rerun.failed");
    }

    private String facts(ProjectInput p) {
        return String.join(" · ", FactTexts.of(p, this));
    }
}
