package com.sesadvisor.workshop.answers;

import com.sesadvisor.engine.text.TextKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compiler-checked key families of the expert's and the live session's answer pads (decision 0006): the name of a
 * judgement mode, chosen by a typed method instead of {@code "workshop.expert.mode." + m} at a call site.
 */
public final class AnswerText {

    private AnswerText() {
    }

    /** The mode's name on an expert's own pages. */
    public static TextKey expertMode(JudgementMode m) {
        return () -> "workshop.expert.mode." + m.name().toLowerCase(Locale.ROOT);
    }

    /** The mode's name on the live session's vote pad. */
    public static TextKey sessionMode(JudgementMode m) {
        return () -> "workshop.session.mode." + m.name().toLowerCase(Locale.ROOT);
    }

    /** Every member of every family, for the key test. */
    public static List<TextKey> families() {
        List<TextKey> all = new ArrayList<>();
        for (JudgementMode m : JudgementMode.values()) {
            all.add(expertMode(m));
            all.add(sessionMode(m));
        }
        return all;
    }
}
