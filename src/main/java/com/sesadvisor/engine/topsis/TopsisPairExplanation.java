package com.sesadvisor.engine.topsis;

import java.util.List;

/**
 * Why {@code first} ranks above {@code second}.
 *
 * @param first          row index of the better alternative
 * @param second         row index of the other one
 * @param closenessGap   {@code C_first - C_second}
 * @param advantages     criteria where first is better, largest weighted gap first
 * @param disadvantages  criteria where second is better, largest weighted gap first (gaps negative)
 */
public record TopsisPairExplanation(int first, int second, double closenessGap, List<CriterionGap> advantages,
        List<CriterionGap> disadvantages) {

    public TopsisPairExplanation {
        advantages = List.copyOf(advantages);
        disadvantages = List.copyOf(disadvantages);
    }
}
