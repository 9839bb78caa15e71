package com.sesadvisor.engine.recommend;

/**
 * A weight share of one criterion (others rescaled proportionally) at which the runner-up would become first.
 *
 * @param criterion      column index
 * @param criterionName  its name
 * @param currentWeight  current combined weight share
 * @param requiredWeight share at the switch
 */
public record WeightChange(int criterion, String criterionName, double currentWeight, double requiredWeight) {
}
