package com.sesadvisor.engine.finance;

/** Revenue streams a profit mechanism can combine. Amounts are gross (as quoted, VAT-inclusive by default). */
public enum RevenueStream {
    ARBITRAGE("Peak-valley arbitrage", "energy per cycle x cycles x spread (x share not leased)"),
    DEMAND_CHARGE("Demand-charge saving", "demand charge x kW basis x months"),
    CAPACITY("Capacity compensation", "capacity price x rated kW (year 1, or every year)"),
    FREQUENCY_REGULATION("Frequency-regulation mileage", "price per MW x mileage per MW per day x MW x days"),
    LEASE("Capacity lease", "lease price x rated kWh x leased share"),
    PEAK_SHAVING("Peak-shaving compensation", "price per kWh x delivered kWh (optional, ancillary services)"),
    CARBON("Carbon trading", "delivered MWh x t CO2 per MWh x carbon price (optional)"),
    GREEN_CERTIFICATE("Green certificates", "delivered MWh x certificates per MWh x certificate price (optional)");

    private final String label;
    private final String formula;

    RevenueStream(String label, String formula) {
        this.label = label;
        this.formula = formula;
    }

    public String label() {
        return label;
    }

    public String formula() {
        return formula;
    }
}
