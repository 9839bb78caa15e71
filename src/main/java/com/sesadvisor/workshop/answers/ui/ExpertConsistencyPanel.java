package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.base.ui.SaatyScaleChoices;
import com.sesadvisor.engine.ahp.JudgementRevision;
import com.sesadvisor.workshop.consistency.NodeConsistency;
import com.sesadvisor.workshop.answers.NodeTask;
import com.sesadvisor.workshop.group.ui.LiveFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The expert's own result at a node as they answer: CR judged by rule AHP-CR-001, priorities, and, when
 * inconsistent, the judgements to revise first (ConsistencyDiagnostics) with a one-click "use the suggestion".
 */
class ExpertConsistencyPanel extends VerticalLayout {

    interface Accept {
        void accept(int row, int col, double value);
    }

    ExpertConsistencyPanel(NodeTask task, Accept accept) {
        setPadding(false);
        setId("expert-consistency");
        if (task.consistency().isEmpty()) {
            Span wait = new Span(getTranslation("workshop.expert.crPending", task.answered(), task.pairCount()));
            wait.setId("expert-verdict");
            add(wait);
            return;
        }
        NodeConsistency c = task.consistency().get();
        String cr = Formats.decimal(c.cr(), 3, getLocale());
        Span verdict = new Span(getTranslation(c.consistent() ? "workshop.expert.consistent"
                : "workshop.expert.inconsistent", cr) + (c.estimated()
                ? " " + getTranslation("workshop.expert.estimated", c.answered(), c.total()) : ""));
        verdict.setId("expert-verdict");
        verdict.addClassNames("verdict", c.consistent() ? "verdict-ok" : "verdict-warn");
        add(verdict);
        add(LiveFormats.weightBars("my-weights", task.elementNames(), c.assessment().result().weights(), getLocale()));
        if (!c.revisions().isEmpty()) {
            add(revisions(task, c, accept));
        }
        task.groupWeights().ifPresent(w -> add(new H4(getTranslation("workshop.expert.groupWeights")),
                LiveFormats.weightBars("expert-group-weights", task.elementNames(), w, getLocale())));
    }

    private Div revisions(NodeTask task, NodeConsistency c, Accept accept) {
        Div list = new Div(new H4(getTranslation("workshop.expert.revise")));
        list.setId("revisions");
        int k = 0;
        for (JudgementRevision r : c.revisions()) {
            String a = task.elementNames().get(r.row());
            String b = task.elementNames().get(r.col());
            Span text = new Span(getTranslation("workshop.expert.revision", a, b, SaatyScaleChoices.label(r.value()),
                    SaatyScaleChoices.label(SaatyScaleChoices.nearest(r.suggested())), Formats.decimal(r.crIfChanged(), 3,
                            getLocale())));
            Button use = new Button(getTranslation("workshop.expert.useSuggestion",
                    SaatyScaleChoices.label(SaatyScaleChoices.nearest(r.suggested()))),
                    e -> accept.accept(r.row(), r.col(), SaatyScaleChoices.nearest(r.suggested())));
            use.setId("accept-revision-" + k++);
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Div row = new Div(text, use);
            row.addClassName("finding");
            list.add(row);
        }
        return list;
    }
}
