package com.sesadvisor.engine.finance;

import java.util.OptionalDouble;

/** A payback period in years from t = 0 (start of construction), or "not within N years". Never 0 or 1e99. */
public sealed interface Payback permits Payback.Reached, Payback.NotReached {

    OptionalDouble years();

    /** Years or null (for JSON). */
    default Double yearsOrNull() {
        return years().isPresent() ? years().getAsDouble() : null;
    }

    /** Text for the UI, e.g. "7.94 years" or "not within 20 years". */
    String label();

    record Reached(double yearsFromStart) implements Payback {
        @Override
        public OptionalDouble years() {
            return OptionalDouble.of(yearsFromStart);
        }

        @Override
        public String label() {
            return String.format(java.util.Locale.ROOT, "%.2f years", yearsFromStart);
        }
    }

    /** The cumulative flow is still negative at the horizon (period count {@code horizonYears}). */
    record NotReached(int horizonYears) implements Payback {
        @Override
        public OptionalDouble years() {
            return OptionalDouble.empty();
        }

        @Override
        public String label() {
            return "not within " + horizonYears + " years";
        }
    }
}
