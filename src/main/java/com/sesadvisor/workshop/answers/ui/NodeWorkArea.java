package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.answers.NodeTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/** The node being answered: one pair (or the matrix), the live consistency, and "done" / "skip". */
class NodeWorkArea extends VerticalLayout {

    interface Actions {
        void answer(int row, int col, double value, boolean advance);

        void goToPair(int k);

        void mode(boolean matrix);

        void complete();

        void skip();
    }

    NodeWorkArea(NodeTask task, int pair, boolean matrixMode, Actions actions) {
        setPadding(false);
        addClassName("node-work");
        H3 title = new H3(task.alternativesLevel()
                ? getTranslation("workshop.expert.alternativesTitle", task.nodeName())
                : getTranslation("workshop.expert.nodeTitle", task.nodeName()));
        title.setId("node-title");
        if (task.alternativesLevel()) {
            Paragraph hint = new Paragraph(getTranslation("workshop.expert.alternativesHint", task.nodeName()));
            hint.setId("node-alternatives-hint");
            hint.addClassName("muted");
            add(title, hint);
        } else {
            add(title);
        }
        Tab onePair = new Tab(getTranslation("workshop.expert.onePair"));
        onePair.setId("mode-pair");
        Tab matrix = new Tab(getTranslation("workshop.expert.matrix"));
        matrix.setId("mode-matrix");
        Tabs modes = new Tabs(onePair, matrix);
        modes.setSelectedTab(matrixMode ? matrix : onePair);
        modes.addSelectedChangeListener(e -> actions.mode(e.getSelectedTab() == matrix));
        add(modes);
        if (matrixMode) {
            add(new NodeMatrix(task, actions::goToPair));
        } else {
            int[] ij = task.pair(pair);
            Span counter = new Span(getTranslation("workshop.expert.pairOf", pair + 1, task.pairCount(),
                    task.answered()));
            counter.setId("pair-counter");
            counter.addClassName("muted");
            add(counter, new PairComparison(task.elementNames().get(ij[0]), task.elementNames().get(ij[1]),
                    task.upper()[pair], v -> actions.answer(ij[0], ij[1], v, true), task.alternativesLevel()));
            Button previous = new Button(getTranslation("workshop.expert.previous"), VaadinIcon.ARROW_LEFT.create(),
                    e -> actions.goToPair(pair - 1));
            previous.setId("previous-pair");
            previous.setEnabled(pair > 0);
            Button next = new Button(getTranslation("workshop.expert.next"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> actions.goToPair(pair + 1));
            next.setId("next-pair");
            next.setIconAfterText(true);
            next.setEnabled(pair < task.pairCount() - 1);
            add(new HorizontalLayout(previous, next));
        }
        add(new ExpertConsistencyPanel(task, (row, col, value) -> actions.answer(row, col, value, false)));
        Button complete = new Button(getTranslation("workshop.expert.complete"), VaadinIcon.CHECK.create(),
                e -> actions.complete());
        complete.setId("complete-node");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setEnabled(task.allAnswered() && task.status() != JudgementStatus.DONE);
        Button skip = new Button(getTranslation("workshop.expert.skip"), e -> actions.skip());
        skip.setId("skip-node");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.setEnabled(task.status() != JudgementStatus.SKIPPED);
        Span state = new Span(getTranslation("workshop.status." + task.status().name()));
        state.setId("node-status");
        state.addClassName("muted");
        HorizontalLayout bar = new HorizontalLayout(complete, skip, state);
        bar.setAlignItems(Alignment.CENTER);
        add(bar);
    }
}
