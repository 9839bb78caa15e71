package com.sesadvisor.engine.finance.sensitivity;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import java.util.List;

/**
 * A Latin-hypercube Monte Carlo run: uncertain inputs with user ranges, draws, seed.
 *
 * @param models    models evaluated on the same draws (common random numbers)
 * @param ranges    uncertain inputs; all other inputs stay at {@code base}
 */
public record MonteCarloSpec(List<InvestmentModel> models, ProfitMechanism mechanism, CashFlowView view,
                             Assumptions base, List<Range> ranges, int draws, long seed) {

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
        if (draws < 1 || draws > 1_000_000) {
            throw new InvalidFinanceInputException("draws", "must be between 1 and 1,000,000");
        }
        for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            String f = "ranges[" + i + "]";
            if (!(Double.isFinite(r.min()) && Double.isFinite(r.mode()) && Double.isFinite(r.max()))) {
                throw new InvalidFinanceInputException(f, "min, mode and max must be finite");
            }
            if (!(r.min() <= r.mode() && r.mode() <= r.max())) {
                throw new InvalidFinanceInputException(f, "needs min <= mode <= max (" + r.field().key() + ")");
            }
        }
    }

    /** The paper's main uncertainties with illustrative triangular ranges (as in the Python reference). */
    public static List<Range> defaultRanges() {
        return List.of(Range.triangular(AssumptionField.SPREAD, 0.52, 0.7234, 0.92),
                Range.triangular(AssumptionField.UNIT_INVESTMENT_PER_WH, 0.87, 1.12, 1.37),
                Range.triangular(AssumptionField.CYCLES_PER_YEAR, 330, 400, 450),
                Range.triangular(AssumptionField.FR_MILEAGE_MW_PER_MW_DAY, 0, 30, 60));
    }
}
