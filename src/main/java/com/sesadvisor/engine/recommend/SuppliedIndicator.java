package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.mcda.InvalidNameException;
import com.sesadvisor.engine.mcda.NonFiniteValueException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A column of the decision matrix whose values are supplied per investment model instead of being computed by the
 * finance model: from the scenario, or from the committee (alternatives-level priorities or ratings). A row of a
 * model x mechanism ranking takes its model's value.
 *
 * @param criterion the column (id = the hierarchy's indicator id, benefit direction for committee values)
 * @param source    {@link IndicatorSource#SCENARIO}, {@link IndicatorSource#COMMITTEE_PAIRWISE} or
 *                  {@link IndicatorSource#COMMITTEE_RATING}
 * @param values    one finite value per investment model
 * @param detail    where exactly the values come from, in English for reports and the API (e.g. "group of 3
 *                  experts, AIJ, CR 0.04" or the rating's reason); may be empty
 */
public record SuppliedIndicator(Criterion criterion, IndicatorSource source, Map<InvestmentModel, Double> values,
                                String detail) {

    public SuppliedIndicator {
        detail = detail == null ? "" : detail;
        if (criterion == null) {
            throw new InvalidNameException("suppliedIndicators", "criterion is missing");
        }
        if (source == null || source == IndicatorSource.FINANCE || source == IndicatorSource.EXCLUDED) {
            throw new InvalidNameException("suppliedIndicators." + criterion.id() + ".source",
                    "a supplied indicator comes from the scenario or the committee, not " + source);
        }
        if (values == null) {
            throw new InvalidNameException("suppliedIndicators." + criterion.id() + ".values", "values are missing");
        }
        Map<InvestmentModel, Double> copy = new EnumMap<>(InvestmentModel.class);
        for (InvestmentModel m : InvestmentModel.values()) {
            Double v = values.get(m);
            if (v == null || !Double.isFinite(v)) {
                throw new NonFiniteValueException("suppliedIndicators." + criterion.id() + ".values." + m.name(),
                        "a finite value is required for " + m.name());
            }
            copy.put(m, v);
        }
        values = Collections.unmodifiableMap(copy);
    }

    public SuppliedIndicator(Criterion criterion, IndicatorSource source, Map<InvestmentModel, Double> values) {
        this(criterion, source, values, "");
    }

    /** The same column with its provenance spelt out. */
    public SuppliedIndicator withDetail(String d) {
        return new SuppliedIndicator(criterion, source, values, d);
    }

    /** The value for one investment model. */
    public double value(InvestmentModel model) {
        return values.get(model);
    }

    /** Whether the three models have the same value (the column then adds nothing to the TOPSIS distances). */
    public boolean constant() {
        return values.values().stream().distinct().count() == 1;
    }
}
