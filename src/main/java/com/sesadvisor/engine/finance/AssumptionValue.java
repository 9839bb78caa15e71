package com.sesadvisor.engine.finance;

import java.util.List;

/**
 * One assumption as the UI and the API show it: value used, default, unit, provenance (USER when the value
 * differs from the default) and meaning. For choices, {@code option} names the selected option.
 */
public record AssumptionValue(String key, double value, String unit, double defaultValue, Provenance provenance,
                              AssumptionField.Kind kind, String option, List<String> options, String description) {
}
