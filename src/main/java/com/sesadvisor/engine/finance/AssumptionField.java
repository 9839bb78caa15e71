package com.sesadvisor.engine.finance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every input of the cash-flow model: camelCase key (the REST field name), unit, default, provenance and
 * meaning. Each is one switch of the Python reference model ({@code finance_model.py}); the Python name is
 * given in {@link #pythonName()}. Booleans are stored as 0/1, choices as the option index.
 */
public enum AssumptionField {
    // ---- technical (paper 2.2.3-1) ----
    RATED_POWER_MW("ratedPowerMw", "MW", 100, Provenance.PAPER, Kind.NUMBER, "P_kW",
            "Rated power P", 0, Double.POSITIVE_INFINITY, true),
    RATED_ENERGY_MWH("ratedEnergyMwh", "MWh", 400, Provenance.PAPER, Kind.NUMBER, "E_kWh",
            "Rated energy E = P x t (2-8); 4 h duration", 0, Double.POSITIVE_INFINITY, true),
    DEPTH_OF_DISCHARGE("depthOfDischarge", "fraction", 0.9, Provenance.PAPER, Kind.NUMBER, "DoD",
            "Depth of discharge", 0, 1, true),
    ROUND_TRIP_EFFICIENCY("roundTripEfficiency", "fraction", 0.9, Provenance.PAPER, Kind.NUMBER, "eff",
            "Round-trip efficiency", 0, 1, true),
    CYCLES_PER_YEAR("cyclesPerYear", "cycles/yr", 400, Provenance.PAPER, Kind.INTEGER, "cycles_per_year",
            "Full cycles per year (Hebei floor 330)", 0, 366 * 4, false),
    ENERGY_PER_CYCLE_RULE("energyPerCycleRule", "choice", 0, Provenance.PAPER, Kind.CHOICE, "energy_per_cycle_rule",
            "Delivered energy per cycle: E*DoD*eff (324 MWh, the paper), E*DoD, E*DoD*eff^2, E", 0, 3, false,
            "E_DOD_EFF", "E_DOD", "E_DOD_EFF2", "E"),
    CAPACITY_FADE_PER_YEAR("capacityFadePerYear", "fraction/yr", 0, Provenance.ASSUMPTION, Kind.NUMBER,
            "degradation_per_year", "Yearly capacity fade, reset at each battery replacement (paper: none)",
            0, 1, false),
    // ---- costs (2.2.3-1, -3) ----
    UNIT_INVESTMENT_PER_WH("unitInvestmentPerWh", "CNY/Wh", 1.12, Provenance.PAPER, Kind.NUMBER,
            "unit_invest_per_Wh", "Unit installed investment (EPC, VAT-inclusive) -> construction investment (2-2)",
            0, Double.POSITIVE_INFINITY, true),
    BATTERY_COST_PER_WH("batteryCostPerWh", "CNY/Wh", 0.71, Provenance.PAPER, Kind.NUMBER, "battery_per_Wh",
            "Battery share of the unit investment at 1.12 CNY/Wh", 0, Double.POSITIVE_INFINITY, false),
    BATTERY_SCALES_WITH_INVESTMENT("batteryScalesWithInvestment", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "battery_scales_with_invest", "Battery cost scales by unitInvestmentPerWh / 1.12 (sensitivity runs)",
            0, 1, false),
    BATTERY_PRICE_DECLINE("batteryPriceDecline", "fraction/yr", 0.05, Provenance.PAPER, Kind.NUMBER,
            "battery_cost_decline", "Yearly battery price decline alpha (2-3)", 0, 1, false),
    BATTERY_LIFE_YEARS("batteryLifeYears", "years", 10, Provenance.PAPER, Kind.INTEGER, "battery_life",
            "Battery life n (2-3)", 1, 100, false),
    PROJECT_LIFE_YEARS("projectLifeYears", "years", 20, Provenance.PAPER, Kind.INTEGER, "project_life",
            "Operating life N", 1, 100, false),
    MATERIAL_COST_PER_KW("materialCostPerKw", "CNY/kW/yr", 150, Provenance.PAPER, Kind.NUMBER, "material_per_kW",
            "Material cost (2-12)", 0, Double.POSITIVE_INFINITY, false),
    OTHER_COST_PER_KW("otherCostPerKw", "CNY/kW/yr", 150, Provenance.PAPER, Kind.NUMBER, "other_per_kW",
            "Other expenses (2-12)", 0, Double.POSITIVE_INFINITY, false),
    INSURANCE_RATE("insuranceRate", "fraction of I_C/yr", 0.035, Provenance.PAPER, Kind.NUMBER, "insurance_rate",
            "Insurance, share of construction investment per year", 0, 1, false),
    REPAIR_RATE("repairRate", "fraction of I_C/yr", 0.035, Provenance.PAPER, Kind.NUMBER, "repair_rate",
            "Repair, share of construction investment per year", 0, 1, false),
    SALARY_PER_PERSON("salaryPerPerson", "CNY/person/yr", 150_000, Provenance.PAPER, Kind.NUMBER, "salary",
            "Salary per employee", 0, Double.POSITIVE_INFINITY, false),
    SOCIAL_SECURITY_RATE("socialSecurityRate", "fraction", 0.475, Provenance.PAPER, Kind.NUMBER, "social_security",
            "Social security on salaries", 0, 10, false),
    STAFF_CSSES("staffCsses", "persons", 15, Provenance.PAPER, Kind.INTEGER, "MODELS.CSSES.staff",
            "Employees under CSSES", 0, 100_000, false),
    STAFF_TISES("staffTises", "persons", 20, Provenance.PAPER, Kind.INTEGER, "MODELS.TISES.staff",
            "Employees under TISES", 0, 100_000, false),
    STAFF_DSSES("staffDsses", "persons", 25, Provenance.PAPER, Kind.INTEGER, "MODELS.DSSES.staff",
            "Employees under DSSES", 0, 100_000, false),
    CHARGING_COST_IN_OPEX("chargingCostInOpex", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "charging_cost_in_opex", "Charging electricity as an opex (2-6, 2-7); refused together with "
            + "spread-based arbitrage, which is already net of charging cost", 0, 1, false),
    VALLEY_PRICE_PER_KWH("valleyPricePerKwh", "CNY/kWh", 0.30, Provenance.ASSUMPTION, Kind.NUMBER, "valley_price",
            "Charging price Cp, used only when chargingCostInOpex", 0, Double.POSITIVE_INFINITY, false),
    // ---- revenues (2.2.3-2) ----
    SPREAD("spread", "CNY/kWh", 0.7234, Provenance.PAPER, Kind.NUMBER, "spread",
            "Peak-valley (or spot) spread, net of charging cost", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            false),
    DEMAND_CHARGE_PER_KW_MONTH("demandChargePerKwMonth", "CNY/kW/month", 35, Provenance.PAPER, Kind.NUMBER,
            "demand_charge", "Maximum-demand charge saved", 0, Double.POSITIVE_INFINITY, false),
    DEMAND_MONTHS("demandMonths", "months/yr", 12, Provenance.ASSUMPTION, Kind.INTEGER, "demand_months",
            "Months per year with demand-charge saving", 0, 12, false),
    DEMAND_CHARGE_BASIS_SHARE("demandChargeBasisShare", "fraction of rated kW", 1.0, Provenance.ASSUMPTION,
            Kind.NUMBER, "demand_kW_basis_frac", "kW basis of the demand-charge saving as a share of rated power "
            + "(the largest unknown)", 0, 10, false),
    CAPACITY_PRICE_PER_KW_YEAR("capacityPricePerKwYear", "CNY/kW/yr", 75, Provenance.PAPER, Kind.NUMBER,
            "capacity_price", "Capacity price (mean of the Hebei 100..50 tiers)", 0, Double.POSITIVE_INFINITY, false),
    CAPACITY_MONTHS("capacityMonths", "months", 12, Provenance.PAPER, Kind.INTEGER, "capacity_months",
            "Months of capacity price paid", 0, 12, false),
    CAPACITY_ALL_YEARS("capacityAllYears", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN, "capacity_all_years",
            "Capacity price every year (else operating year 1 only; always every year under the two-part tariff)",
            0, 1, false),
    FR_PRICE_PER_MW("frPricePerMw", "CNY/MW mileage", 8.85, Provenance.PAPER, Kind.NUMBER, "fr_price",
            "Frequency-regulation mileage price", 0, Double.POSITIVE_INFINITY, false),
    FR_MILEAGE_MW_PER_MW_DAY("frMileageMwPerMwDay", "MW/MW/day", 30, Provenance.ASSUMPTION, Kind.NUMBER,
            "fr_mileage_MW_per_MW_day", "Regulation mileage per MW of rated power per day (paper gives none)",
            0, Double.POSITIVE_INFINITY, false),
    FR_DAYS_PER_YEAR("frDaysPerYear", "days/yr", 365, Provenance.ASSUMPTION, Kind.INTEGER, "fr_days",
            "Days of frequency regulation per year", 0, 366, false),
    LEASE_PRICE_PER_KWH_YEAR("leasePricePerKwhYear", "CNY/kWh/yr", 109, Provenance.PAPER, Kind.NUMBER,
            "lease_price", "Capacity lease price (TISES, 2-14)", 0, Double.POSITIVE_INFINITY, false),
    LEASED_SHARE("leasedShare", "fraction of rated kWh", 0.5, Provenance.ASSUMPTION, Kind.NUMBER, "lease_fraction",
            "Leased share f of the rated energy (TISES)", 0, 1, false),
    ARBITRAGE_ON_UNLEASED_ONLY("arbitrageOnUnleasedOnly", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "arb_on_unleased_only", "Leased kWh do no arbitrage (arbitrage on 1 - f); false with f > 0 uses "
            + "capacity twice and is refused", 0, 1, false),
    SAVINGS_SHARE("savingsShare", "fraction", 1.0, Provenance.ASSUMPTION, Kind.NUMBER, "(spec only)",
            "Investor's share of the savings under contract energy management", 0, 1, false),
    PEAK_SHAVING_PRICE_PER_KWH("peakShavingPricePerKwh", "CNY/kWh", 0, Provenance.ASSUMPTION, Kind.NUMBER,
            "(spec only)", "Optional peak-shaving compensation on delivered kWh (ancillary services)",
            0, Double.POSITIVE_INFINITY, false),
    SPOT_CAPACITY_COMPENSATION("spotCapacityCompensation", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "(spec only)", "Optional capacity compensation under the spot-market mechanism", 0, 1, false),
    INCLUDE_CARBON("includeCarbon", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN, "include_env_revenue",
            "Carbon-trading revenue (the paper treats it as an environmental indicator)", 0, 1, false),
    CARBON_PRICE_PER_TONNE("carbonPricePerTonne", "CNY/t CO2", 63.5, Provenance.PAPER, Kind.NUMBER, "carbon_price",
            "Carbon price", 0, Double.POSITIVE_INFINITY, false),
    CARBON_TONNES_PER_MWH("carbonTonnesPerMwh", "t CO2/MWh", 0.9, Provenance.PAPER, Kind.NUMBER, "carbon_t_per_MWh",
            "CO2 credited per delivered MWh (291.6 t per 324 MWh cycle)", 0, Double.POSITIVE_INFINITY, false),
    INCLUDE_GREEN_CERTIFICATES("includeGreenCertificates", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "include_env_revenue", "Green-certificate revenue", 0, 1, false),
    GREEN_CERTIFICATE_PRICE("greenCertificatePrice", "CNY/certificate", 128.6, Provenance.PAPER, Kind.NUMBER,
            "green_cert_per_cycle / 324", "Green-certificate price (41,666.4 CNY per 324 certificates)", 0,
            Double.POSITIVE_INFINITY, false),
    GREEN_CERTIFICATES_PER_MWH("greenCertificatesPerMwh", "certificates/MWh", 1.0, Provenance.PAPER, Kind.NUMBER,
            "(implicit)", "Certificates per delivered MWh", 0, Double.POSITIVE_INFINITY, false),
    PRICES_INCLUDE_VAT("pricesIncludeVat", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN, "prices_include_vat",
            "Tariffs and prices are quoted VAT-inclusive", 0, 1, false),
    // ---- finance and tax (2.2.3-7) ----
    EQUITY_RATIO("equityRatio", "fraction", 0.30, Provenance.PAPER, Kind.NUMBER, "equity_ratio",
            "Equity share of the construction investment", 0, 1, false),
    DISCOUNT_RATE("discountRate", "fraction/yr", 0.06, Provenance.PAPER, Kind.NUMBER, "discount_rate",
            "Discount rate (benchmark return)", -0.95, 10, false),
    RESIDUAL_RATE("residualRate", "fraction", 0.05, Provenance.PAPER, Kind.NUMBER, "residual_rate",
            "Residual (recovery) value rate F_EOL / C_res (2-9, 2-17); also the depreciation residual", 0, 1, false),
    LOAN_RATE("loanRate", "fraction/yr", 0.04, Provenance.PAPER, Kind.NUMBER, "loan_rate",
            "Loan interest rate i (2-16)", 0, 1, false),
    LOAN_TERM_YEARS("loanTermYears", "years", 15, Provenance.PAPER, Kind.INTEGER, "loan_term",
            "Loan term n, equal payments (2-16)", 1, 100, false),
    CONSTRUCTION_YEARS("constructionYears", "years", 0, Provenance.ASSUMPTION, Kind.INTEGER, "construction_years",
            "Construction period c (0: capex at t = 0; 1: capex at t = 1, half-year interest during construction)",
            0, 1, false),
    WORKING_CAPITAL("workingCapital", "CNY", 0, Provenance.ASSUMPTION, Kind.NUMBER, "working_capital",
            "Working capital C_W (2-10), equity-funded, recovered at the end", 0, Double.POSITIVE_INFINITY, false),
    VAT_RATE("vatRate", "fraction", 0.13, Provenance.PAPER, Kind.NUMBER, "vat_rate", "VAT rate", 0, 1, false),
    VAT_REFUND_SHARE("vatRefundShare", "fraction", 0.5, Provenance.PAPER, Kind.NUMBER, "vat_refund_share",
            "Share of VAT payable refunded immediately", 0, 1, false),
    VAT_REFUND_TAXABLE("vatRefundTaxable", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN, "vat_refund_taxable",
            "VAT refund counts as taxable income", 0, 1, false),
    CAPEX_INPUT_VAT_DEDUCTIBLE("capexInputVatDeductible", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "capex_input_vat_deductible", "Input VAT on capex and replacements is credited and carried forward",
            0, 1, false),
    CITY_TAX_RATE("cityTaxRate", "fraction of VAT", 0.05, Provenance.PAPER, Kind.NUMBER, "city_tax",
            "Urban maintenance and construction tax", 0, 1, false),
    EDUCATION_SURCHARGE_RATE("educationSurchargeRate", "fraction of VAT", 0.03, Provenance.PAPER, Kind.NUMBER,
            "edu_surcharge", "Education surcharge", 0, 1, false),
    LOCAL_EDUCATION_SURCHARGE_RATE("localEducationSurchargeRate", "fraction of VAT", 0, Provenance.ASSUMPTION,
            Kind.NUMBER, "local_edu_surcharge", "Local education surcharge (named by the paper, no rate; 2 % typical)",
            0, 1, false),
    INCOME_TAX_RATE("incomeTaxRate", "fraction", 0.25, Provenance.PAPER, Kind.NUMBER, "income_tax",
            "Corporate income tax", 0, 1, false),
    TAX_EXEMPT_YEARS("taxExemptYears", "years", 3, Provenance.PAPER, Kind.INTEGER, "tax_holiday[0]",
            "Tax holiday: exempt years from operating year 1", 0, 100, false),
    TAX_HALF_YEARS("taxHalfYears", "years", 3, Provenance.PAPER, Kind.INTEGER, "tax_holiday[1]",
            "Tax holiday: half-rate years after the exempt years", 0, 100, false),
    LOSS_CARRY_FORWARD_YEARS("lossCarryForwardYears", "years", 5, Provenance.ASSUMPTION, Kind.INTEGER,
            "loss_carryforward_years", "Tax-loss carry-forward", 0, 100, false),
    DEPRECIATION_MODE("depreciationMode", "choice", 0, Provenance.ASSUMPTION, Kind.CHOICE, "depreciation_mode",
            "Straight line by component (battery over its life, rest over N) or whole plant over N", 0, 1, false,
            "COMPONENT", "WHOLE"),
    RECOVER_BATTERY_EACH_REPLACEMENT("recoverBatteryEachReplacement", "boolean", 1, Provenance.PAPER, Kind.BOOLEAN,
            "recover_battery_each_replacement", "Recovery value of each retired battery vintage (\"the same each "
            + "time\"), else one recovery of the whole plant at the end", 0, 1, false);

    /** Value kinds. */
    public enum Kind { NUMBER, INTEGER, BOOLEAN, CHOICE }

    private static final Map<String, AssumptionField> BY_KEY = new HashMap<>();

    static {
        for (AssumptionField f : values()) {
            BY_KEY.put(f.key, f);
        }
    }

    private final String key;
    private final String unit;
    private final double defaultValue;
    private final Provenance provenance;
    private final Kind kind;
    private final String pythonName;
    private final String description;
    private final double min;
    private final double max;
    private final boolean strictlyPositive;
    private final List<String> options;

    AssumptionField(String key, String unit, double defaultValue, Provenance provenance, Kind kind,
                    String pythonName, String description, double min, double max, boolean strictlyPositive,
                    String... options) {
        this.key = key;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.provenance = provenance;
        this.kind = kind;
        this.pythonName = pythonName;
        this.description = description;
        this.min = min;
        this.max = max;
        this.strictlyPositive = strictlyPositive;
        this.options = List.of(options);
    }

    /** camelCase name used by the REST API and the UI. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public double defaultValue() {
        return defaultValue;
    }

    /** PAPER or ASSUMPTION (the default's origin). */
    public Provenance provenance() {
        return provenance;
    }

    public Kind kind() {
        return kind;
    }

    /** The name of the switch in {@code finance_model.py}. */
    public String pythonName() {
        return pythonName;
    }

    public String description() {
        return description;
    }

    /** Smallest valid value (inclusive unless {@link #strictlyPositive()}). */
    public double min() {
        return min;
    }

    /** Largest valid value (inclusive). */
    public double max() {
        return max;
    }

    public boolean strictlyPositive() {
        return strictlyPositive;
    }

    /** Option names for {@link Kind#CHOICE} fields (value = index), else empty. */
    public List<String> options() {
        return options;
    }

    /** The field with this camelCase key, or null. */
    public static AssumptionField byKey(String key) {
        return BY_KEY.get(key);
    }
}
