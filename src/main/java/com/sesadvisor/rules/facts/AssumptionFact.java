package com.sesadvisor.rules.facts;

/**
 * One finance assumption of a scenario, for the assumption advice (ADV-ASSUME-001).
 *
 * @param key          camelCase key, e.g. {@code demandChargeBasisShare}
 * @param value        value used
 * @param defaultValue the default
 * @param unit         unit of the value
 * @param provenance   PAPER, ASSUMPTION or USER
 * @param used         true when some alternative's revenue depends on it (e.g. a demand-charge stream is earned)
 * @param confirmed    true when the caller confirmed the value (listed in {@code confirmedAssumptions})
 */
public record AssumptionFact(String key, double value, double defaultValue, String unit, String provenance,
                             boolean used, boolean confirmed) {
}
