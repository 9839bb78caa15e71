package com.sesadvisor.rules.facts;

import java.util.Objects;

/**
 * One storage project as an eligibility rule set sees it. Java derives what needs arithmetic (the duration);
 * the rules only compare these values with the thresholds of their rule set.
 *
 * @param ruleSet             the rule set that should judge the project (rules match only their own set)
 * @param project             the project's name, carried into every finding
 * @param ratedPowerMw        rated power, MW, &gt; 0
 * @param ratedEnergyMwh      rated energy, MWh, &gt;= 0
 * @param durationHours       continuous full-power discharge duration = MWh / MW, rounded to 1e-9 h so that
 *                            400 / 100 is exactly 4 and a threshold of 4 h is not missed by binary noise
 * @param annualCycles        committed complete charge-discharge cycles per year, &gt;= 0
 * @param independentMetering has its own metering (and control) point
 * @param dispatchConnected   connected to the grid dispatch automation system
 * @param legalEntity         registered as an independent legal entity
 */
public record EligibilityFact(String ruleSet, String project, double ratedPowerMw, double ratedEnergyMwh,
                              double durationHours, double annualCycles, boolean independentMetering,
                              boolean dispatchConnected, boolean legalEntity) {

    public EligibilityFact {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(project, "project");
        requireFinite("ratedPowerMw", ratedPowerMw);
        requireFinite("ratedEnergyMwh", ratedEnergyMwh);
        requireFinite("durationHours", durationHours);
        requireFinite("annualCycles", annualCycles);
        if (ratedPowerMw <= 0) {
            throw new IllegalArgumentException("ratedPowerMw must be > 0, was " + ratedPowerMw);
        }
        if (ratedEnergyMwh < 0 || annualCycles < 0) {
            throw new IllegalArgumentException("ratedEnergyMwh and annualCycles must be >= 0");
        }
    }

    /** Builds the fact and derives the duration. */
    public static EligibilityFact of(String ruleSet, String project, double ratedPowerMw, double ratedEnergyMwh,
                                     double annualCycles, boolean independentMetering, boolean dispatchConnected,
                                     boolean legalEntity) {
        double duration = ratedPowerMw > 0 ? Math.round(ratedEnergyMwh / ratedPowerMw * 1e9) / 1e9 : 0;
        return new EligibilityFact(ruleSet, project, ratedPowerMw, ratedEnergyMwh, duration, annualCycles,
                independentMetering, dispatchConnected, legalEntity);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + value);
        }
    }
}
