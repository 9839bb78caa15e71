package com.sesadvisor.engine.finance.sensitivity;

/**
 * Minimum spread (CNY/kWh) for IRR > target at one unit investment: exact (bisection), on the paper's
 * 0.05 grid (0.02, 0.07, ..., 0.52, 0.57, ...), and the paper's published value (null when none). Exact and grid
 * are null when no spread up to 3 CNY/kWh reaches the target.
 */
public record BreakEven(double unitInvestmentPerWh, double target, Double exactSpread, Double gridSpread,
                        Double publishedSpread) {
}
