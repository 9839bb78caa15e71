package com.sesadvisor.rules.facts;

/**
 * How one alternative earns its revenue, for the refusals ADV-TISES-001 (capacity used twice) and ADV-CHARGE-001
 * (charging cost counted twice). The same conditions are refused by the finance engine's
 * {@code AssumptionValidator}; the rules and the validator are tested to agree.
 *
 * @param alternative        e.g. {@code TISES}
 * @param model              investment model
 * @param mechanism          profit mechanism
 * @param arbitrage          the alternative earns spread-based arbitrage
 * @param lease              the alternative leases capacity
 * @param chargingCostInOpex charging electricity is booked as an operating cost
 * @param leasedShare        leased share of the rated energy (0 without a lease)
 * @param arbitrageShare     share of the rated energy doing arbitrage (0 without arbitrage)
 * @param capacityShare      {@code leasedShare + arbitrageShare}, rounded to 1e-9 (computed in Java)
 */
public record RevenueSetupFact(String alternative, String model, String mechanism, boolean arbitrage, boolean lease,
                               boolean chargingCostInOpex, double leasedShare, double arbitrageShare,
                               double capacityShare) {
}
