package com.sesadvisor.rules.facts;

/**
 * The spread of a scenario beside an alternative's break-even spread (minimum spread for IRR above the discount
 * rate, from {@code SensitivityAnalysis.breakEven}), for ADV-SPREAD-001.
 *
 * @param alternative         e.g. {@code TISES}
 * @param spread              the scenario's spread (CNY/kWh)
 * @param reachable           false when no spread up to 3 CNY/kWh reaches the target (then {@code breakEvenSpread}
 *                            is meaningless)
 * @param breakEvenSpread     the exact break-even spread (CNY/kWh)
 * @param shortfall           {@code breakEvenSpread - spread} (CNY/kWh), computed in Java
 * @param unitInvestmentPerWh the unit investment the break-even was computed at (CNY/Wh)
 */
public record SpreadBreakEvenFact(String alternative, double spread, boolean reachable, double breakEvenSpread,
                                  double shortfall, double unitInvestmentPerWh) {
}
