package com.sesadvisor.workshop.facilitation.ui;

import com.sesadvisor.base.ui.Formats;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/** Saaty's words for a vote, in the screen's language ("Economic is strongly more important than Social"). */
final class VoteWords {

    private VoteWords() {
    }

    /** The sentence of a scale value (how many times {@code left} is more important than {@code right}). */
    static String sentence(Component c, String left, String right, double value) {
        if (value >= 1) {
            int k = (int) Math.round(value);
            return k == 1 ? c.getTranslation("workshop.sentence.equal", left, right)
                    : c.getTranslation("workshop.sentence", left, c.getTranslation("workshop.intensity." + k), right);
        }
        int k = (int) Math.round(1 / value);
        return k == 1 ? c.getTranslation("workshop.sentence.equal", left, right)
                : c.getTranslation("workshop.sentence", right, c.getTranslation("workshop.intensity." + k), left);
    }

    /** "3", "1/3" or, for a geometric mean off the scale, "2.41" / "1/2.41". */
    static String ratio(double value, Locale locale) {
        if (value >= 1) {
            return Math.abs(value - Math.round(value)) < 1e-9 ? Long.toString(Math.round(value))
                    : Formats.decimal(value, 2, locale);
        }
        return "1/" + ratio(1 / value, locale);
    }
}
