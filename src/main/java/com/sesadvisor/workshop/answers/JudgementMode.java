package com.sesadvisor.workshop.answers;

/**
 * How an expert enters judgements, their choice remembered per participant (issue 16): Saaty's words, a graphical
 * scale (a bar on the answers page, a slider in the live session) or numbers (the whole matrix at once on the
 * answers page, one number per pair in the live session). Every mode stores the same judgements.
 */
public enum JudgementMode {
    VERBAL,
    GRAPHICAL,
    NUMERICAL;

    /** The stored name, or {@code fallback} for none or an unknown one. */
    public static JudgementMode of(String name, JudgementMode fallback) {
        for (JudgementMode m : values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return fallback;
    }
}
