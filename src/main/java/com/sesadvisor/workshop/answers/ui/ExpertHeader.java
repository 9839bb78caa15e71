package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.answers.ExpertWorkspace;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Workshop, who is answering, progress, the link's expiry and the Finish button. */
class ExpertHeader extends VerticalLayout {

    /** @param viaAccount answering from their account: the page does not speak of a link then */
    ExpertHeader(ExpertWorkspace w, boolean viaAccount, Runnable finish) {
        setPadding(false);
        H2 title = new H2(w.workshopName());
        title.setId("expert-workshop");
        HorizontalLayout top = new HorizontalLayout(title, new LanguageChoice());
        top.setAlignItems(Alignment.BASELINE);
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(top);
        Span who = new Span(viaAccount ? getTranslation("workshop.expert.welcomeAccount", w.participantName())
                : getTranslation("workshop.expert.welcome", w.participantName(), DateTimeFormatter
                .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault())
                .format(w.expiresAt())));
        who.setId("expert-name");
        add(who);
        if (w.purpose() != null) {
            add(new Paragraph(w.purpose()));
        }
        add(new Paragraph(getTranslation("workshop.expert.intro")));
        Span progress = new Span(w.finished() ? getTranslation("workshop.expert.finished")
                : getTranslation("workshop.expert.progress", w.closedNodes(), w.nodes().size()));
        progress.setId("expert-progress");
        progress.addClassNames("verdict", w.finished() ? "verdict-ok" : "muted");
        Button done = new Button(getTranslation("workshop.expert.finish"), e -> finish.run());
        done.setId("finish");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        done.setEnabled(w.canFinish());
        HorizontalLayout bar = new HorizontalLayout(progress, done);
        bar.setAlignItems(Alignment.CENTER);
        add(bar);
    }
}
