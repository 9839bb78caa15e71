package com.sesadvisor.engine.ahp;

/**
 * A group input the engine cannot aggregate: no experts, matrices of different sizes, hierarchies of different
 * structure, or expert weights that are negative, non-finite, of the wrong count or do not sum to 1. Carries the
 * offending expert (0-based; -1 when the problem is the group as a whole) and the field ({@code matrices[k]},
 * {@code expertWeights[k]}, {@code expertWeights}).
 */
public final class InvalidGroupException extends IllegalArgumentException {

    private final int expert;
    private final String field;

    public InvalidGroupException(String message, int expert, String field) {
        super(message);
        this.expert = expert;
        this.field = field;
    }

    public int expert() {
        return expert;
    }

    public String field() {
        return field;
    }
}
