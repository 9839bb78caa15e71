package com.sesadvisor.rules.ui;

import com.sesadvisor.rules.ReloadOutcome;
import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleBaseReloader;
import com.sesadvisor.rules.RuleEngine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Which rule base is serving, when it was loaded, and how the last reload went (with file and line when it
 * failed). Admins get a Reload button; the view is rebuilt by the caller after a reload.
 */
final class RuleBaseStatusPanel extends VerticalLayout {

    RuleBaseStatusPanel(RuleEngine engine, RuleBaseReloader reloader, boolean admin, String user,
                        Runnable afterReload) {
        setPadding(false);
        setSpacing(false);
        RuleBase ruleBase = engine.current();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Paragraph status = new Paragraph(getTranslation("rules.status", ruleBase.version(),
                when.format(ruleBase.loadedAt()), ruleBase.compileMillis(), ruleBase.files().size(),
                ruleBase.rules().size()));
        status.setId("rule-base-status");
        add(status);
        Paragraph location = new Paragraph(ruleBase.packaged() ? getTranslation("rules.location.packaged")
                : getTranslation("rules.location.folder", ruleBase.location(), ruleBase.scenarioResults().size()));
        location.setId("rules-location");
        if (ruleBase.packaged()) {
            location.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        add(location);
        if (!engine.quarantines().isEmpty()) {
            UnorderedList quarantined = new UnorderedList();
            quarantined.setId("quarantined-rule-sets");
            engine.quarantines().forEach(q -> quarantined.add(new ListItem(getTranslation("rules.quarantined",
                    q.ruleSet(), q.file(), when.format(q.since()), q.reason()))));
            quarantined.getStyle().set("color", "var(--lumo-error-text-color)");
            add(quarantined);
        }
        Paragraph last = new Paragraph();
        last.setId("last-reload");
        ReloadOutcome outcome = reloader.lastOutcome().orElse(null);
        if (outcome == null) {
            last.setText(getTranslation("rules.lastReload.none"));
            add(last);
        } else {
            last.setText(getTranslation(outcome.succeeded() ? "rules.lastReload.ok" : "rules.lastReload.failed",
                    when.format(outcome.attemptedAt()), outcome.trigger(), outcome.servingVersion()));
            last.getStyle().set("color", outcome.succeeded() ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
            add(last);
            if (!outcome.succeeded()) {
                UnorderedList errors = new UnorderedList();
                errors.setId("reload-errors");
                outcome.errors().forEach(e -> errors.add(new ListItem(getTranslation("rules.reload.error",
                        e.file(), e.line(), e.message()))));
                if (outcome.errors().isEmpty()) {
                    errors.add(new ListItem(outcome.message()));
                }
                add(errors);
            }
        }
        if (admin && !ruleBase.packaged()) {
            Button reload = new Button(getTranslation("rules.reload"), VaadinIcon.REFRESH.create(), e -> {
                reloader.reload(user);
                afterReload.run();
            });
            reload.setId("reload-rules");
            reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(reload);
        }
    }
}
