package com.sesadvisor.engine.finance.sensitivity;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A Latin-hypercube Monte Carlo run: uncertain inputs with user ranges, draws, seed.
 *
 * @param models    models evaluated on the same draws (common random numbers)
 * @param ranges    uncertain inputs; all other inputs stay at {@code base}
 */
public record MonteCarloSpec(List<InvestmentModel> models, ProfitMechanism mechanism, CashFlowView view,
                             Assumptions base, List<Range> ranges, int draws, long seed) {

    /** Fewest and most draws a run accepts. */
    public static final int MIN_DRAWS = 1;
    public static final int MAX_DRAWS = 1_000_000;

    /** Shape of an input's distribution. */
    public enum Distribution { UNIFORM, TRIANGULAR }

    /** One uncertain input: min, most likely (triangular only) and max, in the field's unit. */
    public record Range(AssumptionField field, double min, double mode, double max, Distribution distribution) {
        public static Range uniform(AssumptionField f, double min, double max) {
            return new Range(f, min, (min + max) / 2, max, Distribution.UNIFORM);
        }

        public static Range triangular(AssumptionField f, double min, double mode, double max) {
            return new Range(f, min, mode, max, Distribution.TRIANGULAR);
        }

        /** Inverse CDF at u in [0, 1). */
        double quantile(double u) {
            if (distribution == Distribution.UNIFORM || max == min) {
                return min + u * (max - min);
            }
            double fc = (mode - min) / (max - min);
            return u < fc ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }
    }

    public MonteCarloSpec {
        models = List.copyOf(models);
        ranges = List.copyOf(ranges);
        if (models.isEmpty()) {
            throw new InvalidFinanceInputException("models", "at least one model");
        }
        if (draws < MIN_DRAWS || draws > MAX_DRAWS) {
            throw new InvalidFinanceInputException("draws", "must be between 1 and 1,000,000");
        }
        Set<AssumptionField> seen = EnumSet.noneOf(AssumptionField.class);
        for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            String f = "ranges[" + i + "]";
            if (!isUncertainInput(r.field())) {
                throw new InvalidFinanceInputException(f, r.field().key() + " cannot be drawn (not a numeric input "
                        + "that moves the IRR)");
            }
            if (!seen.add(r.field())) {
                throw new InvalidFinanceInputException(f, r.field().key() + " appears twice");
            }
            if (!(Double.isFinite(r.min()) && Double.isFinite(r.mode()) && Double.isFinite(r.max()))) {
                throw new InvalidFinanceInputException(f, "min, mode and max must be finite");
            }
            if (!(r.min() <= r.mode() && r.mode() <= r.max())) {
                throw new InvalidFinanceInputException(f, "needs min <= mode <= max (" + r.field().key() + ")");
            }
            AssumptionField a = r.field();
            if (a.strictlyPositive() ? r.min() <= 0 : r.min() < a.min()) {
                throw new InvalidFinanceInputException(f, "min " + r.min() + " is below the smallest valid "
                        + a.key() + " (" + (a.strictlyPositive() ? "> 0" : a.min()) + " " + a.unit() + ")");
            }
            if (r.max() > a.max()) {
                throw new InvalidFinanceInputException(f, "max " + r.max() + " is above the largest valid "
                        + a.key() + " (" + a.max() + " " + a.unit() + ")");
            }
        }
    }

    /**
     * Inputs a run may draw: the numeric and whole-number assumptions, except the discount rate (it does not
     * move the IRR; it is the hurdle P(IRR > discount rate) is measured against).
     */
    public static boolean isUncertainInput(AssumptionField f) {
        return (f.kind() == AssumptionField.Kind.NUMBER || f.kind() == AssumptionField.Kind.INTEGER)
                && f != AssumptionField.DISCOUNT_RATE;
    }

    /** {@link #isUncertainInput} fields in catalogue order. */
    public static List<AssumptionField> uncertainInputs() {
        List<AssumptionField> out = new ArrayList<>();
        for (AssumptionField f : AssumptionField.values()) {
            if (isUncertainInput(f)) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** The paper's main uncertainties with illustrative triangular ranges (as in the Python reference). */
    public static List<Range> defaultRanges() {
        return List.of(Range.triangular(AssumptionField.SPREAD, 0.52, 0.7234, 0.92),
                Range.triangular(AssumptionField.UNIT_INVESTMENT_PER_WH, 0.87, 1.12, 1.37),
                Range.triangular(AssumptionField.CYCLES_PER_YEAR, 330, 400, 450),
                Range.triangular(AssumptionField.FR_MILEAGE_MW_PER_MW_DAY, 0, 30, 60));
    }

    /**
     * The same four uncertainties centred on a scenario: triangular with the scenario's value as the most likely
     * one and the paper's ranges as multiples of it (spread x0.719..x1.272, unit investment x0.777..x1.223, cycles
     * x0.825..x1.125, mileage x0..x2). At the paper's defaults these are exactly {@link #defaultRanges()}.
     */
    public static List<Range> defaultRanges(Assumptions base) {
        List<Range> out = new ArrayList<>();
        for (Range r : defaultRanges()) {
            out.add(defaultRange(r.field(), base));
        }
        return List.copyOf(out);
    }

    /**
     * A suggested range for one input at the scenario's value v: for the four inputs of {@link #defaultRanges()}
     * the paper's range as multiples of the paper's value, for any other input v x 0.8..v x 1.2; triangular with
     * mode v, bounds rounded to three significant digits (whole numbers for whole-number inputs) and kept inside
     * the input's valid range. A zero value gives the degenerate range 0..0 (no uncertainty until edited).
     */
    public static Range defaultRange(AssumptionField f, Assumptions base) {
        if (!isUncertainInput(f)) {
            throw new InvalidFinanceInputException(f.key(), "cannot be drawn in a Monte Carlo run");
        }
        double v = base.get(f);
        double lo = 0.8;
        double hi = 1.2;
        for (Range r : defaultRanges()) {
            if (r.field() == f) {
                lo = r.min() / f.defaultValue();
                hi = r.max() / f.defaultValue();
            }
        }
        double a = round(f, v * lo);
        double b = round(f, v * hi);
        double min = Math.min(Math.min(a, b), v);
        double max = Math.max(Math.max(a, b), v);
        if (f.strictlyPositive() ? min <= 0 : min < f.min()) {
            min = f.strictlyPositive() ? v : f.min();
        }
        if (max > f.max()) {
            max = f.max();
        }
        return Range.triangular(f, min, v, max);
    }

    private static double round(AssumptionField f, double x) {
        if (f.kind() == AssumptionField.Kind.INTEGER) {
            return Math.round(x);
        }
        return x == 0 ? 0 : new BigDecimal(x).round(new MathContext(3)).doubleValue();
    }
}
