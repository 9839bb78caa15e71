package com.sesadvisor.eligibility.ui;

import com.sesadvisor.eligibility.AuditEntry;
import com.sesadvisor.eligibility.ProjectInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;

/** One audit record: the exact facts, every rule's outcome and the rule-set version used, with a print link. */
final class AuditDetailDialog extends Dialog {

    AuditDetailDialog(AuditEntry entry, ZoneId zone) {
        setId("audit-detail");
        setHeaderTitle(getTranslation("eligibility.audit.detail", entry.id()) + " · " + entry.projectName());
        setWidth("70em");
        Paragraph facts = new Paragraph(getTranslation("eligibility.print.facts") + ": " + facts(entry.project()));
        facts.setId("audit-detail-facts");
        Paragraph fired = new Paragraph(getTranslation("eligibility.audit.firedRules",
                String.join(", ", entry.firedRules())));
        add(facts, new VerdictPanel(entry, zone, true), fired);
        Button close = new Button(getTranslation("eligibility.audit.close"), e -> close());
        close.setId("audit-detail-close");
        getFooter().add(close);
    }

    private String facts(ProjectInput p) {
        return String.join(" · ", FactTexts.of(p, this));
    }
}
