package com.sesadvisor.engine.finance.sensitivity;

/**
 * One bar of a tornado chart: the metric at input x (1 - swing) and x (1 + swing). Values are null when the
 * metric is not defined (IRR) or the changed input is invalid ({@code note} says which).
 */
public record TornadoRow(String field, double baseInput, double lowInput, double highInput, Double lowValue,
                         Double highValue, Double swing, String note) {

    static final String INVALID = "invalid: ";

    /** Both ends computed: the bar can be drawn. */
    public boolean defined() {
        return swing != null;
    }

    /** The input moved out of its valid range (or made the scenario invalid) at one end. */
    public boolean invalid() {
        return swing == null && note != null && note.startsWith(INVALID);
    }
}
