package com.sesadvisor.engine.recommend;

/** One row of {@code /api/recommendations} {@code ranking}: the alternative's name, closeness, rank (1 = best). */
public record RankedAlternative(String model, double closeness, int rank) {
}
