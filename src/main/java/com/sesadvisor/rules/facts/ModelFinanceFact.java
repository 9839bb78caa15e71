package com.sesadvisor.rules.facts;

/**
 * One alternative's headline finance result, for ADV-FIN-001 (IRR below the discount rate).
 *
 * @param alternative  e.g. {@code CSSES} or {@code CSSES / TWO_PART_TARIFF}
 * @param view         cash-flow view the metrics belong to
 * @param irrDefined   false when the IRR has no root (then {@code irr} is meaningless and NPV decides)
 * @param irr          headline IRR (fraction), when defined
 * @param discountRate the discount rate (fraction)
 * @param npv          NPV at the discount rate (CNY)
 */
public record ModelFinanceFact(String alternative, String view, boolean irrDefined, double irr, double discountRate,
                               double npv) {
}
