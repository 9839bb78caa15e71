package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.answers.AnswerText;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.workshop.answers.JudgementMode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * How an expert votes on one pair, in the mode they prefer and may switch at any time: verbal (one button per
 * Saaty sentence, a thumb-sized column on a phone), graphical (a slider from the left element to the right one)
 * or numerical (type 3, 1/5 or 0.2; snapped to the scale and checked). The expert's answers page
 * ({@code workshop.answers.ui}) reuses its mode switch, its verbal pad and {@link #parseRatio}.
 */
public class VotePad extends Div {

    private final boolean alternatives;

    public VotePad(String left, String right, Optional<Double> current, JudgementMode mode, Consumer<JudgementMode> onMode,
            DoubleConsumer onVote) {
        this.alternatives = false;
        setId("vote-pad");
        addClassName("vote-pad");
        add(modeSwitch(this, mode, m -> getTranslation(AnswerText.sessionMode(m).key()), onMode));
        switch (mode) {
            case VERBAL -> verbal(left, right, current, onVote);
            case GRAPHICAL -> graphical(left, right, current, onVote);
            case NUMERICAL -> numerical(left, right, current, onVote);
        }
    }

    /**
     * Only the verbal pad (one button per Saaty sentence), for a page that has its own mode switch.
     *
     * @param alternatives the elements are models compared under an indicator (the sentences say which does better)
     */
    public static VotePad verbalOnly(String left, String right, Optional<Double> current, boolean alternatives,
                                     DoubleConsumer onVote) {
        return new VotePad(left, right, current, alternatives, onVote);
    }

    private VotePad(String left, String right, Optional<Double> current, boolean alternatives,
                    DoubleConsumer onVote) {
        this.alternatives = alternatives;
        setId("vote-pad");
        addClassName("vote-pad");
        verbal(left, right, current, onVote);
    }

    /** The row of mode buttons ({@code mode-verbal}, ...), the chosen one pressed. */
    public static Div modeSwitch(Component context, JudgementMode mode, Function<JudgementMode, String> label,
                                 Consumer<JudgementMode> onMode) {
        Div modes = new Div();
        modes.addClassName("vote-modes");
        modes.getElement().setAttribute("role", "group");
        modes.getElement().setAttribute("aria-label", context.getTranslation("workshop.expert.mode.aria"));
        for (JudgementMode m : JudgementMode.values()) {
            Button b = new Button(label.apply(m), e -> onMode.accept(m));
            b.setId("mode-" + m.name().toLowerCase());
            b.addThemeVariants(m == mode ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST,
                    ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("aria-pressed", Boolean.toString(m == mode));
            modes.add(b);
        }
        return modes;
    }

    private void verbal(String left, String right, Optional<Double> current, DoubleConsumer onVote) {
        Div steps = new Div();
        steps.addClassName("vote-steps");
        for (int k = SaatyScale.MAX; k >= 2; k--) {
            steps.add(step("vote-a" + k, k, left, right, current, onVote));
        }
        steps.add(step("vote-eq", 1, left, right, current, onVote));
        for (int k = 2; k <= SaatyScale.MAX; k++) {
            steps.add(step("vote-b" + k, 1.0 / k, left, right, current, onVote));
        }
        add(steps);
    }

    private Button step(String id, double value, String left, String right, Optional<Double> current,
                        DoubleConsumer onVote) {
        Button b = new Button(VoteWords.sentence(this, left, right, value, alternatives), e -> onVote.accept(value));
        b.setId(id);
        b.addClassName("vote-step");
        boolean chosen = current.filter(c -> Math.abs(c - value) < 1e-9 * Math.max(1, value)).isPresent();
        b.addThemeVariants(chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        b.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
        b.addClassName(value > 1 ? "towards-left" : value < 1 ? "towards-right" : "equal");
        return b;
    }

    private void graphical(String left, String right, Optional<Double> current, DoubleConsumer onVote) {
        Input slider = new Input();
        slider.setType("range");
        slider.setId("vote-slider");
        slider.addClassName("vote-slider");
        slider.getElement().setAttribute("min", "-8").setAttribute("max", "8").setAttribute("step", "1");
        slider.getElement().setAttribute("aria-label", getTranslation("workshop.expert.scaleAria", left, right));
        // left end = the left element extremely more important: position -(v-1) for v >= 1
        int position = current.map(v -> (int) Math.round(-SaatyScale.toPosition(v))).orElse(0);
        slider.setValue(Integer.toString(position));
        Span sentence = new Span(VoteWords.sentence(this, left, right, SaatyScale.fromPosition(-position)));
        sentence.setId("vote-slider-sentence");
        sentence.addClassName("pair-sentence");
        slider.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        slider.addValueChangeListener(e -> sentence.setText(VoteWords.sentence(this, left, right,
                SaatyScale.fromPosition(-parse(e.getValue())))));
        Div ends = new Div(new Span(left), new Span(right));
        ends.addClassName("vote-axis");
        Button vote = new Button(getTranslation("workshop.session.vote"),
                e -> onVote.accept(SaatyScale.fromPosition(-parse(slider.getValue()))));
        vote.setId("vote-slider-submit");
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(ends, slider, sentence, vote);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void numerical(String left, String right, Optional<Double> current, DoubleConsumer onVote) {
        TextField number = new TextField(getTranslation("workshop.session.number", left, right));
        number.setId("vote-number");
        number.setHelperText(getTranslation("workshop.session.numberHelp"));
        current.ifPresent(v -> number.setValue(VoteWords.ratio(v, java.util.Locale.ROOT)));
        Button vote = new Button(getTranslation("workshop.session.vote"), e -> {
            Optional<Double> v = parseRatio(number.getValue());
            if (v.isEmpty()) {
                number.setInvalid(true);
                number.setErrorMessage(getTranslation("workshop.session.numberInvalid"));
                return;
            }
            onVote.accept(v.get());
        });
        vote.setId("vote-number-submit");
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(number, vote);
    }

    /** "3", "1/5", "0.2" or "0,2" → the nearest scale value; empty for anything else or beyond 1/9..9. */
    public static Optional<Double> parseRatio(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace(',', '.');
        try {
            double v;
            int slash = t.indexOf('/');
            if (slash >= 0) {
                v = Double.parseDouble(t.substring(0, slash).strip()) / Double.parseDouble(t.substring(slash + 1).strip());
            } else {
                v = Double.parseDouble(t);
            }
            if (!(v > 0) || !Double.isFinite(v) || v > SaatyScale.MAX + 1e-9 || v < 1.0 / SaatyScale.MAX - 1e-9) {
                return Optional.empty();
            }
            return Optional.of(SaatyScale.nearest(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
