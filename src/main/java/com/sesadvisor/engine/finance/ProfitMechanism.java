package com.sesadvisor.engine.finance;

import java.util.ArrayList;
import java.util.List;

/**
 * The paper's five profit mechanisms and the revenue streams each one earns. The paper names the mechanisms
 * but does not define their contents; this mapping is ours (spec "Models and who invests") and is data so a UI
 * can list it. Optional streams (carbon, green certificates, peak shaving, spot capacity compensation) are
 * switched on by assumptions, see {@link #streams(InvestmentModel, Assumptions)}.
 */
public enum ProfitMechanism {
    CONTRACT_ENERGY_MANAGEMENT("Contract energy management",
            "arbitrage + demand-charge saving, times the investor's share of the savings",
            List.of(RevenueStream.ARBITRAGE, RevenueStream.DEMAND_CHARGE)),
    TWO_PART_TARIFF("Two-part tariff", "capacity price every year + arbitrage",
            List.of(RevenueStream.CAPACITY, RevenueStream.ARBITRAGE)),
    ANCILLARY_SERVICES("Ancillary services", "frequency-regulation mileage (+ optional peak-shaving compensation)",
            List.of(RevenueStream.FREQUENCY_REGULATION)),
    SPOT_MARKET("Spot market", "arbitrage at the spot spread (+ optional capacity compensation)",
            List.of(RevenueStream.ARBITRAGE)),
    COMPREHENSIVE("Comprehensive (the paper's Table 2-1)",
            "CSSES/DSSES: arbitrage + demand + capacity (year 1) + frequency regulation; "
                    + "TISES: lease + arbitrage (unleased) + demand + capacity",
            List.of());

    private final String label;
    private final String description;
    private final List<RevenueStream> baseStreams;

    ProfitMechanism(String label, String description, List<RevenueStream> baseStreams) {
        this.label = label;
        this.description = description;
        this.baseStreams = baseStreams;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Streams before optional add-ons (for COMPREHENSIVE: the model's full stack). */
    public List<RevenueStream> baseStreams(InvestmentModel model) {
        return this == COMPREHENSIVE ? model.comprehensiveStreams() : baseStreams;
    }

    /** True when capacity compensation is paid every year rather than in operating year 1 only. */
    public boolean capacityEveryYear(Assumptions a) {
        return this == TWO_PART_TARIFF || a.flag(AssumptionField.CAPACITY_ALL_YEARS);
    }

    /** All streams this mechanism earns for a model under the given switches, in a fixed order. */
    public List<RevenueStream> streams(InvestmentModel model, Assumptions a) {
        List<RevenueStream> out = new ArrayList<>(baseStreams(model));
        if (this == ANCILLARY_SERVICES && a.get(AssumptionField.PEAK_SHAVING_PRICE_PER_KWH) > 0) {
            out.add(RevenueStream.PEAK_SHAVING);
        }
        if (this == SPOT_MARKET && a.flag(AssumptionField.SPOT_CAPACITY_COMPENSATION)) {
            out.add(RevenueStream.CAPACITY);
        }
        if (a.flag(AssumptionField.INCLUDE_CARBON)) {
            out.add(RevenueStream.CARBON);
        }
        if (a.flag(AssumptionField.INCLUDE_GREEN_CERTIFICATES)) {
            out.add(RevenueStream.GREEN_CERTIFICATE);
        }
        return List.copyOf(out);
    }
}
