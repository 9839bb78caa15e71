package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.mcda.Direction;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Indicators the scenario fixes rather than the finance model's results: round-trip efficiency (%) and annual full
 * cycles, each read per investment model from exactly the assumptions the finance model runs that model with. The
 * finance model holds one plant (rated power, energy, efficiency and cycles) for all three models (Chi et al. 2025,
 * section 2.2.3), so today the three values are equal and the column cannot separate the models; it still keeps its
 * weight in the ranking, and the results say that it is constant.
 */
public final class ScenarioIndicators {

    /** Hierarchy indicator ids (workshop form of {@code DefaultHierarchies}' technical indicators). */
    public static final String ROUND_TRIP_EFFICIENCY = "ROUND_TRIP_EFFICIENCY";
    public static final String ANNUAL_FULL_CYCLES = "ANNUAL_FULL_CYCLES";

    private ScenarioIndicators() {
    }

    /** The assumption behind a scenario-fixed indicator, if the id is one. */
    public static Optional<AssumptionField> field(String indicatorId) {
        if (ROUND_TRIP_EFFICIENCY.equals(indicatorId)) {
            return Optional.of(AssumptionField.ROUND_TRIP_EFFICIENCY);
        }
        if (ANNUAL_FULL_CYCLES.equals(indicatorId)) {
            return Optional.of(AssumptionField.CYCLES_PER_YEAR);
        }
        return Optional.empty();
    }

    /** Whether the scenario fixes this indicator. */
    public static boolean isScenarioIndicator(String indicatorId) {
        return field(indicatorId).isPresent();
    }

    /** The value for one model, in the indicator's unit (efficiency in %, cycles per year). */
    public static double value(String indicatorId, InvestmentModel model, Assumptions a) {
        AssumptionField f = field(indicatorId).orElseThrow(() -> new IllegalArgumentException(
                "not a scenario indicator: " + indicatorId));
        // one plant for all models (see the class comment): the model does not change the value today
        double v = a.get(f);
        return f == AssumptionField.ROUND_TRIP_EFFICIENCY ? 100 * v : v;
    }

    /** The indicator's unit as {@link #value} gives it: "%" or "cycles/yr" (shown through {@code Units.of}). */
    public static String unit(String indicatorId) {
        AssumptionField f = field(indicatorId).orElseThrow(() -> new IllegalArgumentException(
                "not a scenario indicator: " + indicatorId));
        return f == AssumptionField.ROUND_TRIP_EFFICIENCY ? "%" : "cycles/yr";
    }

    /** The column: one value per model, benefit direction. */
    public static SuppliedIndicator column(String indicatorId, String name, Assumptions a) {
        AssumptionField f = field(indicatorId).orElseThrow(() -> new IllegalArgumentException(
                "not a scenario indicator: " + indicatorId));
        Map<InvestmentModel, Double> v = new EnumMap<>(InvestmentModel.class);
        for (InvestmentModel m : InvestmentModel.values()) {
            v.put(m, value(indicatorId, m, a));
        }
        return new SuppliedIndicator(new Criterion(indicatorId, name, Direction.BENEFIT, unit(indicatorId),
                "scenario: " + f.key()), IndicatorSource.SCENARIO, v);
    }
}
