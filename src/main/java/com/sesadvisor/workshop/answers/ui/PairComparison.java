package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.DoubleConsumer;

/**
 * One pairwise comparison as a two-sided segmented scale: nine steps towards the left element, equal in the middle,
 * nine towards the right one. Every step is a button (Tab and Enter/Space work), labelled with the sentence it
 * stands for ("Economic is strongly more important than Social"); the chosen sentence is shown below. After every
 * answer the focus returns to the scale, so an expert can answer pair after pair with Tab, Shift+Tab and Enter.
 */
class PairComparison extends VerticalLayout {

    PairComparison(String left, String right, double value, DoubleConsumer onChoose) {
        this(left, right, value, onChoose, false);
    }

    /**
     * @param alternatives the elements are investment models compared under one indicator (the sentences say which
     *                     model does better on it rather than which matters more)
     */
    PairComparison(String left, String right, double value, DoubleConsumer onChoose, boolean alternatives) {
        this.alternatives = alternatives;
        setPadding(false);
        addClassName("pair-comparison");
        Span l = new Span(left);
        l.setId("pair-left");
        l.addClassNames("pair-element", "pair-left");
        Span r = new Span(right);
        r.setId("pair-right");
        r.addClassNames("pair-element", "pair-right");
        Div scale = new Div();
        scale.setId("pair-scale");
        scale.addClassName("pair-scale");
        scale.getElement().setAttribute("role", "group");
        scale.getElement().setAttribute("aria-label", getTranslation("workshop.expert.scaleAria", left, right));
        for (int k = 9; k >= 2; k--) {
            scale.add(step("scale-a" + k, Integer.toString(k), k, value, sentence(left, right, k), onChoose));
        }
        scale.add(step("scale-eq", "1", 1, value, sentence(left, right, 1), onChoose));
        for (int k = 2; k <= 9; k++) {
            scale.add(step("scale-b" + k, Integer.toString(k), 1.0 / k, value, sentence(right, left, k), onChoose));
        }
        // keyboard users continue where they are: the chosen step (or "equal") has the focus after every answer
        scale.getChildren().filter(c -> "true".equals(c.getElement().getAttribute("aria-pressed"))).findFirst()
                .or(() -> scale.getChildren().filter(c -> c.getId().filter("scale-eq"::equals).isPresent()).findFirst())
                .ifPresent(c -> ((Button) c).focus());
        Div row = new Div(l, scale, r);
        row.addClassName("pair-row");
        Span chosen = new Span(Double.isNaN(value) ? getTranslation("workshop.expert.notAnswered")
                : value >= 1 ? sentence(left, right, (int) Math.round(value))
                : sentence(right, left, (int) Math.round(1 / value)));
        chosen.setId("pair-sentence");
        chosen.addClassName("pair-sentence");
        add(row, chosen);
    }

    private final boolean alternatives;

    private Button step(String id, String label, double stepValue, double current, String sentence,
                        DoubleConsumer onChoose) {
        Button b = new Button(label, e -> onChoose.accept(stepValue));
        b.setId(id);
        b.addClassName("scale-step");
        b.setAriaLabel(sentence);
        b.setTooltipText(sentence);
        boolean selected = !Double.isNaN(current) && Math.abs(current - stepValue) < 1e-9 * Math.max(1, stepValue);
        b.addThemeVariants(selected ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        b.getElement().setAttribute("aria-pressed", Boolean.toString(selected));
        return b;
    }

    private String sentence(String more, String less, int intensity) {
        String key = alternatives ? "workshop.sentence.alternatives" : "workshop.sentence";
        return intensity == 1 ? getTranslation(key + ".equal", more, less)
                : getTranslation(key, more, getTranslation(WorkshopText.intensity(intensity).key()), less);
    }
}
