package com.sesadvisor.assessment;

import com.sesadvisor.engine.mcda.InvalidNameException;

/**
 * What an eligibility rule set concluded about the project (decided elsewhere, by the eligibility rules), passed
 * into a recommendation. A project that is not eligible gets finding ADV-ELIG-001 and no capacity-price revenue.
 *
 * @param ruleSet        e.g. {@code CN-HEBEI-2024}
 * @param ruleSetVersion version of the rule set that judged (may be empty)
 * @param eligible       the verdict
 */
public record EligibilityConclusion(String ruleSet, String ruleSetVersion, boolean eligible) {

    public EligibilityConclusion {
        if (ruleSet == null || ruleSet.isBlank()) {
            throw new InvalidNameException("eligibility.ruleSet", "the rule set that judged the project is required");
        }
        ruleSetVersion = ruleSetVersion == null ? "" : ruleSetVersion;
    }
}
