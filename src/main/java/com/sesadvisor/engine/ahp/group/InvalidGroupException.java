package com.sesadvisor.engine.ahp.group;

import com.sesadvisor.engine.text.Text;

/**
 * A group input the engine cannot aggregate: no experts, matrices of different sizes, hierarchies of different
 * structure, or expert weights that are negative, non-finite, of the wrong count or do not sum to 1. Carries the
 * offending expert (0-based; -1 when the problem is the group as a whole), the field ({@code matrices[k]},
 * {@code expertWeights[k]}, {@code expertWeights}) and the reason as a translatable {@link Text}
 * ({@link #getMessage()} is its English).
 */
public final class InvalidGroupException extends IllegalArgumentException {

    private final transient Text text;
    private final int expert;
    private final String field;

    public InvalidGroupException(Text message, int expert, String field) {
        super(message.english());
        this.text = message;
        this.expert = expert;
        this.field = field;
    }

    /** The reason, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }

    public int expert() {
        return expert;
    }

    public String field() {
        return field;
    }
}
