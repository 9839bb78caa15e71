package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.base.ui.Formats;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/** Saaty's words for a vote, in the screen's language ("Economic is strongly more important than Social"). */
public final class VoteWords {

    private VoteWords() {
    }

    /** The sentence of a scale value (how many times {@code left} is more important than {@code right}). */
    public static String sentence(Component c, String left, String right, double value) {
        return sentence(c, left, right, value, false);
    }

    /** As above; for models compared under an indicator the sentence says which does better on it. */
    public static String sentence(Component c, String left, String right, double value, boolean alternatives) {
        String key = alternatives ? "workshop.sentence.alternatives" : "workshop.sentence";
        if (value >= 1) {
            int k = (int) Math.round(value);
            return k == 1 ? c.getTranslation(key + ".equal", left, right)
                    : c.getTranslation(key, left, c.getTranslation(WorkshopText.intensity(k).key()), right);
        }
        int k = (int) Math.round(1 / value);
        return k == 1 ? c.getTranslation(key + ".equal", left, right)
                : c.getTranslation(key, right, c.getTranslation(WorkshopText.intensity(k).key()), left);
    }

    /** "3", "1/3" or, for a geometric mean off the scale, "2.41" / "1/2.41". */
    public static String ratio(double value, Locale locale) {
        if (value >= 1) {
            return Math.abs(value - Math.round(value)) < 1e-9 ? Long.toString(Math.round(value))
                    : Formats.decimal(value, 2, locale);
        }
        return "1/" + ratio(1 / value, locale);
    }
}
