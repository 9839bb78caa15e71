package com.sesadvisor.rules.facts;

/**
 * The top two of a ranking and how far the weights are from putting the second first, for ADV-RANK-001.
 *
 * @param top                              first alternative
 * @param second                           second alternative
 * @param closenessGap                     {@code C_top - C_second}
 * @param secondCanWinByWeight             some single-criterion weight change in [0, 1] puts the second first
 * @param minimumWeightChangeForSecondToWin the smallest such change (weight-share points), when it exists
 * @param stabilityMargin                  the committee's weight-stability margin (default 0.05)
 */
public record RankingFact(String top, String second, double closenessGap, boolean secondCanWinByWeight,
                          double minimumWeightChangeForSecondToWin, double stabilityMargin) {
}
