package com.sesadvisor.eligibility;

/**
 * A project as typed by a regulator or read from a CSV row: every value may be missing, because saying exactly
 * which one is missing is part of the job ({@link EligibilityEvaluator} validates against the rule set).
 *
 * @param name                project name
 * @param ratedPowerMw        rated power, MW
 * @param ratedEnergyMwh      rated energy, MWh
 * @param annualCycles        committed complete charge-discharge cycles per year
 * @param independentMetering own metering and control point
 * @param dispatchConnected   connected to dispatch automation
 * @param legalEntity         operated by an independent legal entity
 */
public record ProjectInput(String name, Double ratedPowerMw, Double ratedEnergyMwh, Double annualCycles,
                           Boolean independentMetering, Boolean dispatchConnected, Boolean legalEntity) {

    /** The input field names, as used by the API, the CSV header and rule-set {@code @requires} headers. */
    public static final java.util.List<String> FIELDS = java.util.List.of("name", "ratedPowerMw", "ratedEnergyMwh",
            "annualCycles", "independentMetering", "dispatchConnected", "legalEntity");

    /** The value of a field by its name (for validation messages and CSV export). */
    public Object value(String field) {
        return switch (field) {
            case "name" -> name;
            case "ratedPowerMw" -> ratedPowerMw;
            case "ratedEnergyMwh" -> ratedEnergyMwh;
            case "annualCycles" -> annualCycles;
            case "independentMetering" -> independentMetering;
            case "dispatchConnected" -> dispatchConnected;
            case "legalEntity" -> legalEntity;
            default -> throw new IllegalArgumentException("Unknown project field " + field);
        };
    }

    /** Whether a field holds a yes/no value rather than a number or text. */
    public static boolean isBoolean(String field) {
        return field.equals("independentMetering") || field.equals("dispatchConnected")
                || field.equals("legalEntity");
    }
}
