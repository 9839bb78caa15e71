package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.Units;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every input of the cash-flow model: camelCase key (the REST field name), unit, default, provenance and
 * meaning (in the {@code engine} bundle, so it reads in the reader's language). Each is one switch of the Python
 * reference model ({@code finance_model.py}); the Python name is given in {@link #pythonName()}. Booleans are
 * stored as 0/1, choices as the option index.
 */
public enum AssumptionField {
    // ---- technical (paper 2.2.3-1) ----
    RATED_POWER_MW("ratedPowerMw", "MW", 100, Provenance.PAPER, Kind.NUMBER, "P_kW", 0, 10_000, true),
    RATED_ENERGY_MWH("ratedEnergyMwh", "MWh", 400, Provenance.PAPER, Kind.NUMBER, "E_kWh", 0, 100_000,
            true),
    DEPTH_OF_DISCHARGE("depthOfDischarge", "fraction", 0.9, Provenance.PAPER, Kind.NUMBER, "DoD", 0, 1, true),
    ROUND_TRIP_EFFICIENCY("roundTripEfficiency", "fraction", 0.9, Provenance.PAPER, Kind.NUMBER, "eff", 0, 1, true),
    CYCLES_PER_YEAR("cyclesPerYear", "cycles/yr", 400, Provenance.PAPER, Kind.INTEGER, "cycles_per_year", 0, 366 * 4, false),
    ENERGY_PER_CYCLE_RULE("energyPerCycleRule", "choice", 0, Provenance.PAPER, Kind.CHOICE, "energy_per_cycle_rule", 0, 3,
            false, "E_DOD_EFF", "E_DOD", "E_DOD_EFF2", "E"),
    CAPACITY_FADE_PER_YEAR("capacityFadePerYear", "fraction/yr", 0, Provenance.ASSUMPTION, Kind.NUMBER,
            "degradation_per_year", 0, 1, false),
    // ---- costs (2.2.3-1, -3) ----
    UNIT_INVESTMENT_PER_WH("unitInvestmentPerWh", "CNY/Wh", 1.12, Provenance.PAPER, Kind.NUMBER, "unit_invest_per_Wh", 0,
            100, true),
    BATTERY_COST_PER_WH("batteryCostPerWh", "CNY/Wh", 0.71, Provenance.PAPER, Kind.NUMBER, "battery_per_Wh", 0,
            100, false),
    BATTERY_SCALES_WITH_INVESTMENT("batteryScalesWithInvestment", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "battery_scales_with_invest", 0, 1, false),
    BATTERY_PRICE_DECLINE("batteryPriceDecline", "fraction/yr", 0.05, Provenance.PAPER, Kind.NUMBER, "battery_cost_decline",
            0, 1, false),
    BATTERY_LIFE_YEARS("batteryLifeYears", "years", 10, Provenance.PAPER, Kind.INTEGER, "battery_life", 1, 100, false),
    PROJECT_LIFE_YEARS("projectLifeYears", "years", 20, Provenance.PAPER, Kind.INTEGER, "project_life", 1, 100, false),
    MATERIAL_COST_PER_KW("materialCostPerKw", "CNY/kW/yr", 150, Provenance.PAPER, Kind.NUMBER, "material_per_kW", 0,
            100_000, false),
    OTHER_COST_PER_KW("otherCostPerKw", "CNY/kW/yr", 150, Provenance.PAPER, Kind.NUMBER, "other_per_kW", 0,
            100_000, false),
    INSURANCE_RATE("insuranceRate", "fraction of I_C/yr", 0.035, Provenance.PAPER, Kind.NUMBER, "insurance_rate", 0, 1,
            false),
    REPAIR_RATE("repairRate", "fraction of I_C/yr", 0.035, Provenance.PAPER, Kind.NUMBER, "repair_rate", 0, 1, false),
    SALARY_PER_PERSON("salaryPerPerson", "CNY/person/yr", 150_000, Provenance.PAPER, Kind.NUMBER, "salary", 0,
            100_000_000, false),
    SOCIAL_SECURITY_RATE("socialSecurityRate", "fraction", 0.475, Provenance.PAPER, Kind.NUMBER, "social_security", 0, 10,
            false),
    STAFF_CSSES("staffCsses", "persons", 15, Provenance.PAPER, Kind.INTEGER, "MODELS.CSSES.staff", 0, 100_000, false),
    STAFF_TISES("staffTises", "persons", 20, Provenance.PAPER, Kind.INTEGER, "MODELS.TISES.staff", 0, 100_000, false),
    STAFF_DSSES("staffDsses", "persons", 25, Provenance.PAPER, Kind.INTEGER, "MODELS.DSSES.staff", 0, 100_000, false),
    CHARGING_COST_IN_OPEX("chargingCostInOpex", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN, "charging_cost_in_opex",
            0, 1, false),
    VALLEY_PRICE_PER_KWH("valleyPricePerKwh", "CNY/kWh", 0.30, Provenance.ASSUMPTION, Kind.NUMBER, "valley_price", 0,
            100, false),
    // ---- revenues (2.2.3-2) ----
    SPREAD("spread", "CNY/kWh", 0.7234, Provenance.PAPER, Kind.NUMBER, "spread", -10,
            10, false),
    DEMAND_CHARGE_PER_KW_MONTH("demandChargePerKwMonth", "CNY/kW/month", 35, Provenance.PAPER, Kind.NUMBER, "demand_charge",
            0, 10_000, false),
    DEMAND_MONTHS("demandMonths", "months/yr", 12, Provenance.ASSUMPTION, Kind.INTEGER, "demand_months", 0, 12, false),
    DEMAND_CHARGE_BASIS_SHARE("demandChargeBasisShare", "fraction of rated kW", 1.0, Provenance.ASSUMPTION, Kind.NUMBER,
            "demand_kW_basis_frac", 0, 10, false),
    CAPACITY_PRICE_PER_KW_YEAR("capacityPricePerKwYear", "CNY/kW/yr", 75, Provenance.PAPER, Kind.NUMBER, "capacity_price",
            0, 100_000, false),
    CAPACITY_MONTHS("capacityMonths", "months", 12, Provenance.PAPER, Kind.INTEGER, "capacity_months", 0, 12, false),
    CAPACITY_ALL_YEARS("capacityAllYears", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN, "capacity_all_years", 0, 1,
            false),
    FR_PRICE_PER_MW("frPricePerMw", "CNY/MW mileage", 8.85, Provenance.PAPER, Kind.NUMBER, "fr_price", 0,
            10_000, false),
    FR_MILEAGE_MW_PER_MW_DAY("frMileageMwPerMwDay", "MW/MW/day", 30, Provenance.ASSUMPTION, Kind.NUMBER,
            "fr_mileage_MW_per_MW_day", 0, 1_000, false),
    FR_DAYS_PER_YEAR("frDaysPerYear", "days/yr", 365, Provenance.ASSUMPTION, Kind.INTEGER, "fr_days", 0, 366, false),
    LEASE_PRICE_PER_KWH_YEAR("leasePricePerKwhYear", "CNY/kWh/yr", 109, Provenance.PAPER, Kind.NUMBER, "lease_price", 0,
            100_000, false),
    LEASED_SHARE("leasedShare", "fraction of rated kWh", 0.5, Provenance.ASSUMPTION, Kind.NUMBER, "lease_fraction", 0, 1,
            false),
    ARBITRAGE_ON_UNLEASED_ONLY("arbitrageOnUnleasedOnly", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "arb_on_unleased_only", 0, 1, false),
    SAVINGS_SHARE("savingsShare", "fraction", 1.0, Provenance.ASSUMPTION, Kind.NUMBER, "(spec only)", 0, 1, false),
    PEAK_SHAVING_PRICE_PER_KWH("peakShavingPricePerKwh", "CNY/kWh", 0, Provenance.ASSUMPTION, Kind.NUMBER, "(spec only)", 0,
            100, false),
    SPOT_CAPACITY_COMPENSATION("spotCapacityCompensation", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN, "(spec only)",
            0, 1, false),
    INCLUDE_CARBON("includeCarbon", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN, "include_env_revenue", 0, 1, false),
    CARBON_PRICE_PER_TONNE("carbonPricePerTonne", "CNY/t CO2", 63.5, Provenance.PAPER, Kind.NUMBER, "carbon_price", 0,
            100_000, false),
    CARBON_TONNES_PER_MWH("carbonTonnesPerMwh", "t CO2/MWh", 0.9, Provenance.PAPER, Kind.NUMBER, "carbon_t_per_MWh", 0,
            10, false),
    INCLUDE_GREEN_CERTIFICATES("includeGreenCertificates", "boolean", 0, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "include_env_revenue", 0, 1, false),
    GREEN_CERTIFICATE_PRICE("greenCertificatePrice", "CNY/certificate", 128.6, Provenance.PAPER, Kind.NUMBER,
            "green_cert_per_cycle / 324", 0, 100_000, false),
    GREEN_CERTIFICATES_PER_MWH("greenCertificatesPerMwh", "certificates/MWh", 1.0, Provenance.PAPER, Kind.NUMBER,
            "(implicit)", 0, 100, false),
    PRICES_INCLUDE_VAT("pricesIncludeVat", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN, "prices_include_vat", 0, 1,
            false),
    // ---- finance and tax (2.2.3-7) ----
    EQUITY_RATIO("equityRatio", "fraction", 0.30, Provenance.PAPER, Kind.NUMBER, "equity_ratio", 0, 1, false),
    DISCOUNT_RATE("discountRate", "fraction/yr", 0.06, Provenance.PAPER, Kind.NUMBER, "discount_rate", -0.95, 10, false),
    RESIDUAL_RATE("residualRate", "fraction", 0.05, Provenance.PAPER, Kind.NUMBER, "residual_rate", 0, 1, false),
    LOAN_RATE("loanRate", "fraction/yr", 0.04, Provenance.PAPER, Kind.NUMBER, "loan_rate", 0, 1, false),
    LOAN_TERM_YEARS("loanTermYears", "years", 15, Provenance.PAPER, Kind.INTEGER, "loan_term", 1, 100, false),
    CONSTRUCTION_YEARS("constructionYears", "years", 0, Provenance.ASSUMPTION, Kind.INTEGER, "construction_years", 0, 1,
            false),
    WORKING_CAPITAL("workingCapital", "CNY", 0, Provenance.ASSUMPTION, Kind.NUMBER, "working_capital", 0,
            1e12, false),
    VAT_RATE("vatRate", "fraction", 0.13, Provenance.PAPER, Kind.NUMBER, "vat_rate", 0, 1, false),
    VAT_REFUND_SHARE("vatRefundShare", "fraction", 0.5, Provenance.PAPER, Kind.NUMBER, "vat_refund_share", 0, 1, false),
    VAT_REFUND_TAXABLE("vatRefundTaxable", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN, "vat_refund_taxable", 0, 1,
            false),
    CAPEX_INPUT_VAT_DEDUCTIBLE("capexInputVatDeductible", "boolean", 1, Provenance.ASSUMPTION, Kind.BOOLEAN,
            "capex_input_vat_deductible", 0, 1, false),
    CITY_TAX_RATE("cityTaxRate", "fraction of VAT", 0.05, Provenance.PAPER, Kind.NUMBER, "city_tax", 0, 1, false),
    EDUCATION_SURCHARGE_RATE("educationSurchargeRate", "fraction of VAT", 0.03, Provenance.PAPER, Kind.NUMBER,
            "edu_surcharge", 0, 1, false),
    LOCAL_EDUCATION_SURCHARGE_RATE("localEducationSurchargeRate", "fraction of VAT", 0, Provenance.ASSUMPTION, Kind.NUMBER,
            "local_edu_surcharge", 0, 1, false),
    INCOME_TAX_RATE("incomeTaxRate", "fraction", 0.25, Provenance.PAPER, Kind.NUMBER, "income_tax", 0, 1, false),
    TAX_EXEMPT_YEARS("taxExemptYears", "years", 3, Provenance.PAPER, Kind.INTEGER, "tax_holiday[0]", 0, 100, false),
    TAX_HALF_YEARS("taxHalfYears", "years", 3, Provenance.PAPER, Kind.INTEGER, "tax_holiday[1]", 0, 100, false),
    LOSS_CARRY_FORWARD_YEARS("lossCarryForwardYears", "years", 5, Provenance.ASSUMPTION, Kind.INTEGER,
            "loss_carryforward_years", 0, 100, false),
    DEPRECIATION_MODE("depreciationMode", "choice", 0, Provenance.ASSUMPTION, Kind.CHOICE, "depreciation_mode", 0, 1, false,
            "COMPONENT", "WHOLE"),
    RECOVER_BATTERY_EACH_REPLACEMENT("recoverBatteryEachReplacement", "boolean", 1, Provenance.PAPER, Kind.BOOLEAN,
            "recover_battery_each_replacement", 0, 1, false);

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
    private final double min;
    private final double max;
    private final boolean strictlyPositive;
    private final List<String> options;

    AssumptionField(String key, String unit, double defaultValue, Provenance provenance, Kind kind,
                    String pythonName, double min, double max, boolean strictlyPositive,
                    String... options) {
        this.key = key;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.provenance = provenance;
        this.kind = kind;
        this.pythonName = pythonName;
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

    /** What the assumption means, in English (REST API, OpenAPI); screens use {@link #descriptionText()}. */
    public String description() {
        return descriptionText().english();
    }

    /** What the assumption means, as a text in the reader's language ({@code engine.field.<key>.description}). */
    public Text descriptionText() {
        return Text.of(FinanceText.description(this));
    }

    /** The unit in the reader's language (the API keeps {@link #unit()}). */
    public Text unitText() {
        return Units.of(unit);
    }

    /** One option of a {@link Kind#CHOICE} field in the reader's language ({@code engine.field.<key>.option.<name>}). */
    public Text optionText(String option) {
        return Text.of(FinanceText.option(this, option));
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
