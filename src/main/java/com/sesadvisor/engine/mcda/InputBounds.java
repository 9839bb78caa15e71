package com.sesadvisor.engine.mcda;

/**
 * Plausibility bounds of the calculators' inputs that are not finance assumptions, defined once with their units.
 * The finance assumptions carry theirs in {@code engine.finance.AssumptionField} (min, max, unit); together the two
 * are the catalogue that the REST API, the UI forms and the CSV/xlsx/JSON readers all check against (they all go
 * through the engine's validation), and that {@code docs/api.md} lists. A value outside is refused with a message
 * naming the field before any arithmetic runs, so that no input can overflow to NaN or Infinity or stall a solver.
 */
public enum InputBounds {
    /** A pairwise judgement a_ij (how many times more important i is than j); Saaty's scale is 1/9..9. */
    AHP_JUDGEMENT("ratio", 1.0 / 1000, 1000),
    /** Elements compared in one pairwise matrix. */
    AHP_MATRIX_SIZE("elements", 2, 20),
    /** Experts in one group aggregation. */
    AHP_EXPERTS("experts", 1, 500),
    /** A value of a decision (indicator) matrix, in the criterion's own unit. */
    DECISION_VALUE("criterion unit", -1e12, 1e12),
    /** Rows (alternatives) of a decision matrix. */
    DECISION_ALTERNATIVES("alternatives", 2, 1000),
    /** Columns (criteria) of a decision matrix. */
    DECISION_CRITERIA("criteria", 1, 100),
    /** A weight before normalisation (criterion or expert weight). */
    WEIGHT("dimensionless", 0, 1e6),
    /** A yearly cash flow of a series given to the metrics calculator. */
    CASH_FLOW("CNY", -1e13, 1e13),
    /** Length of a cash-flow series (t = 0 first). */
    CASH_FLOW_YEARS("years", 2, 201),
    /** Discount rate of the metrics calculator (same bounds as the finance assumption discountRate). */
    DISCOUNT_RATE("fraction/yr", -0.95, 10);

    private final String unit;
    private final double min;
    private final double max;

    InputBounds(String unit, double min, double max) {
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Whether {@code value} is a finite number within [min, max]. */
    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** Refuses a non-finite or out-of-range value, naming {@code field}. */
    public void check(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new NonFiniteValueException(field, "must be a finite number, got " + value);
        }
        if (value < min || value > max) {
            throw new InvalidOptionException(field, "must be in [" + fmt(min) + ", " + fmt(max) + "] " + unit
                    + ", got " + value);
        }
    }

    /** Refuses a count outside [min, max], naming {@code field}. */
    public void checkCount(int count, String field) {
        if (count < min || count > max) {
            throw new DimensionMismatchException(field, "must have " + fmt(min) + " to " + fmt(max) + " " + unit
                    + ", got " + count);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
