package com.sesadvisor.engine.finance;

import java.util.List;

/** The paper's three investment and construction models of shared energy storage. */
public enum InvestmentModel {
    CSSES("Centralised self-built shared energy storage", "users pool funds for one shared station",
            AssumptionField.STAFF_CSSES,
            List.of(RevenueStream.ARBITRAGE, RevenueStream.DEMAND_CHARGE, RevenueStream.CAPACITY,
                    RevenueStream.FREQUENCY_REGULATION)),
    TISES("Third-party investment shared energy storage", "an operator builds and leases capacity",
            AssumptionField.STAFF_TISES,
            List.of(RevenueStream.LEASE, RevenueStream.ARBITRAGE, RevenueStream.DEMAND_CHARGE,
                    RevenueStream.CAPACITY)),
    DSSES("Distributed self-built shared energy storage", "each user builds its own storage and shares surplus",
            AssumptionField.STAFF_DSSES,
            List.of(RevenueStream.ARBITRAGE, RevenueStream.DEMAND_CHARGE, RevenueStream.CAPACITY,
                    RevenueStream.FREQUENCY_REGULATION));

    private final String label;
    private final String description;
    private final AssumptionField staffField;
    private final List<RevenueStream> comprehensiveStreams;

    InvestmentModel(String label, String description, AssumptionField staffField,
                    List<RevenueStream> comprehensiveStreams) {
        this.label = label;
        this.description = description;
        this.staffField = staffField;
        this.comprehensiveStreams = comprehensiveStreams;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The assumption holding this model's head count (15 / 20 / 25 in the paper). */
    public AssumptionField staffField() {
        return staffField;
    }

    /** The paper's full revenue stack (Table 2-1), used by {@link ProfitMechanism#COMPREHENSIVE}. */
    public List<RevenueStream> comprehensiveStreams() {
        return comprehensiveStreams;
    }
}
