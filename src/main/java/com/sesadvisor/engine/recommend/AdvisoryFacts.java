package com.sesadvisor.engine.recommend;

/**
 * Numbers the rule base (rules.md section 3) compares; thresholds belong to the rules, the flags here use
 * {@link RecommendationOptions#stabilityMargin()} for convenience.
 *
 * @param top                              name of the first alternative
 * @param second                           name of the second
 * @param closenessGap                     {@code C_top - C_second}
 * @param minimumWeightChangeToReverse     smallest single-criterion weight change (share points, others rescaled)
 *                                         that puts another alternative first; null if none in [0, 1] does
 * @param mostSensitiveCriterion           id of the criterion with that smallest change, or null
 * @param minimumWeightChangeForSecondToWin the same, counting only changes that put the second first; or null
 * @param stabilityMargin                  the margin used for the flags
 * @param topTwoWithinStabilityMargin      the second wins with a weight change <= margin ("ranking is sensitive to
 *                                         weights")
 * @param rankingSensitiveToWeights        any alternative wins with a weight change <= margin
 * @param topStaysFirstFrequency           Monte Carlo share of draws keeping the top first, or null if skipped
 * @param allAlternativesIdentical         TOPSIS could not discriminate (every C = 0.5)
 * @param rankReversalDetected             leaving some alternative out flips the order of two others
 */
public record AdvisoryFacts(String top, String second, double closenessGap, Double minimumWeightChangeToReverse,
        String mostSensitiveCriterion, Double minimumWeightChangeForSecondToWin, double stabilityMargin,
        boolean topTwoWithinStabilityMargin, boolean rankingSensitiveToWeights, Double topStaysFirstFrequency,
        boolean allAlternativesIdentical, boolean rankReversalDetected) {
}
