package com.sesadvisor.rules.facts;

/**
 * The verdict of an eligibility rule set on the project being assessed (decided by the eligibility rules, passed
 * in with the recommendation request), for ADV-ELIG-001.
 *
 * @param ruleSet        e.g. {@code CN-HEBEI-2024}
 * @param ruleSetVersion version of the rule set (may be empty)
 * @param eligible       the verdict
 */
public record ProjectEligibilityFact(String ruleSet, String ruleSetVersion, boolean eligible) {
}
