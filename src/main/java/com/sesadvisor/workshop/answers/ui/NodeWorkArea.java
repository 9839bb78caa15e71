package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.answers.AnswerText;
import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.answers.JudgementMode;
import com.sesadvisor.workshop.answers.NodeTask;
import com.sesadvisor.workshop.answers.ui.VotePad;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;

/**
 * The node being answered in the expert's judgement mode (switchable at any time, remembered per expert): one pair
 * in Saaty's words or on the bar, or the whole matrix typed in; the comment on the pair; the live consistency; and
 * "done" / "skip".
 */
class NodeWorkArea extends VerticalLayout {

    interface Actions {
        void answer(int row, int col, double value, boolean advance);

        void goToPair(int k);

        void mode(JudgementMode mode);

        /** Stores the comment on a pair; returns the refusal to show, empty when stored. */
        Optional<String> comment(int row, int col, String text);

        void complete();

        void skip();
    }

    NodeWorkArea(NodeTask task, int pair, JudgementMode mode, Actions actions) {
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
        add(VotePad.modeSwitch(this, mode, m -> getTranslation(AnswerText.expertMode(m).key()),
                actions::mode));
        if (mode == JudgementMode.NUMERICAL) {
            add(new MatrixEntry(task, pair, (row, col, v) -> actions.answer(row, col, v, true),
                    k -> comment(task, k, actions)));
        } else {
            int[] ij = task.pair(pair);
            Span counter = new Span(getTranslation("workshop.expert.pairOf", pair + 1, task.pairCount(),
                    task.answered()));
            counter.setId("pair-counter");
            counter.addClassName("muted");
            String left = task.elementNames().get(ij[0]);
            String right = task.elementNames().get(ij[1]);
            double value = task.upper()[pair];
            add(counter, mode == JudgementMode.VERBAL
                    ? VotePad.verbalOnly(left, right, Double.isNaN(value) ? Optional.empty() : Optional.of(value),
                            task.alternativesLevel(), v -> actions.answer(ij[0], ij[1], v, true))
                    : new PairComparison(left, right, value, v -> actions.answer(ij[0], ij[1], v, true),
                            task.alternativesLevel()));
            add(comment(task, pair, actions));
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
        Span state = new Span(getTranslation(WorkshopText.status(task.status()).key()));
        state.setId("node-status");
        state.addClassName("muted");
        HorizontalLayout bar = new HorizontalLayout(complete, skip, state);
        bar.setAlignItems(Alignment.CENTER);
        add(bar);
    }

    private static CommentField comment(NodeTask task, int k, Actions actions) {
        int[] ij = task.pair(k);
        return new CommentField(task.elementNames().get(ij[0]), task.elementNames().get(ij[1]), task.comment(k),
                text -> actions.comment(ij[0], ij[1], text));
    }
}
