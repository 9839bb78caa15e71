package com.sesadvisor.engine.topsis;

/**
 * A direction-aware weighted gap between two alternatives on one criterion: for a benefit criterion
 * {@code v_first,j - v_second,j}, for a cost criterion the opposite. Positive means the first is better there.
 */
public record CriterionGap(int criterion, double weightedGap) {
}
