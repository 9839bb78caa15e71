package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Immutable set of every model input (see {@link AssumptionField} for keys, units, defaults, provenance).
 * Build with {@link #paperDefaults()} and {@link #with(AssumptionField, double)} / {@link #builder()}.
 * Construction does not validate; {@link FinanceEngine} validates before it runs
 * ({@link AssumptionValidator}).
 */
public final class Assumptions {

    private static final AssumptionField[] FIELDS = AssumptionField.values();
    private static final Assumptions DEFAULTS;

    static {
        double[] v = new double[FIELDS.length];
        for (AssumptionField f : FIELDS) {
            v[f.ordinal()] = f.defaultValue();
        }
        DEFAULTS = new Assumptions(v);
    }

    private final double[] values;

    private Assumptions(double[] values) {
        this.values = values;
    }

    /** The paper's values plus our documented assumptions (reproduces {@code finance_base_case.json}). */
    public static Assumptions paperDefaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder(DEFAULTS.values.clone());
    }

    /**
     * From a map of camelCase keys (e.g. the REST {@code assumptions} object); omitted keys take the default.
     * Booleans may be given as {@link Boolean}, choices as the option name. Unknown keys, non-numbers and
     * non-finite numbers are refused with the key as field name (all at once).
     */
    public static Assumptions fromMap(Map<String, ?> map) {
        Builder b = builder();
        List<Violation> bad = new ArrayList<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            AssumptionField f = AssumptionField.byKey(e.getKey());
            Object v = e.getValue();
            if (f == null) {
                bad.add(new Violation(e.getKey(), Text.of("engine.finance.violation.unknownAssumption")));
            } else if (v == null) {
                bad.add(new Violation(e.getKey(), Text.of("engine.finance.violation.null")));
            } else if (v instanceof Boolean bool) {
                if (f.kind() != AssumptionField.Kind.BOOLEAN) {
                    bad.add(new Violation(e.getKey(), expects(f)));
                } else {
                    b.set(f, bool ? 1 : 0);
                }
            } else if (v instanceof Number n) {
                if (!Double.isFinite(n.doubleValue())) {
                    bad.add(new Violation(e.getKey(), Text.of("engine.finance.violation.notFinite")));
                } else {
                    b.set(f, n.doubleValue());
                }
            } else if (v instanceof String s && f.kind() == AssumptionField.Kind.CHOICE) {
                int idx = f.options().indexOf(s);
                if (idx < 0) {
                    bad.add(new Violation(e.getKey(), Text.of("engine.finance.violation.notOption",
                            f.options().toString())));
                } else {
                    b.set(f, idx);
                }
            } else {
                bad.add(new Violation(e.getKey(), expects(f)));
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidFinanceInputException(bad);
        }
        return b.build();
    }

    private static Text expects(AssumptionField f) {
        return Text.of("engine.finance.violation.expects", Text.of(FinanceText.kind(f.kind())));
    }

    /** The value (booleans 0/1, choices the option index). */
    public double get(AssumptionField f) {
        return values[f.ordinal()];
    }

    /** Integer fields (cycles, years, staff). */
    public int getInt(AssumptionField f) {
        return (int) Math.round(values[f.ordinal()]);
    }

    /** Boolean fields. */
    public boolean flag(AssumptionField f) {
        return values[f.ordinal()] != 0.0;
    }

    /**
     * The assumptions as an eligibility verdict leaves them (advisory rule ADV-ELIG-001): a project its rule set
     * refused earns no capacity price; an eligible one keeps everything. Returns this when nothing changes.
     */
    public Assumptions forEligibility(boolean eligible) {
        return eligible || get(AssumptionField.CAPACITY_PRICE_PER_KW_YEAR) == 0 ? this
                : with(AssumptionField.CAPACITY_PRICE_PER_KW_YEAR, 0.0);
    }

    /** A copy with one value changed. */
    public Assumptions with(AssumptionField f, double value) {
        double[] v = values.clone();
        v[f.ordinal()] = value;
        return new Assumptions(v);
    }

    /** A copy with one boolean changed. */
    public Assumptions with(AssumptionField f, boolean value) {
        return with(f, value ? 1.0 : 0.0);
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(values.clone());
    }

    /** USER when the value differs from the default, else the field's own provenance. */
    public Provenance provenance(AssumptionField f) {
        return Double.compare(get(f), f.defaultValue()) == 0 ? f.provenance() : Provenance.USER;
    }

    /** Every assumption with value, unit, default and provenance, in catalogue order (for the UI / API). */
    public List<AssumptionValue> describe() {
        List<AssumptionValue> out = new ArrayList<>(FIELDS.length);
        for (AssumptionField f : FIELDS) {
            double v = get(f);
            String option = f.kind() == AssumptionField.Kind.CHOICE && v >= 0 && v < f.options().size()
                    ? f.options().get((int) v) : null;
            out.add(new AssumptionValue(f.key(), v, f.unit(), f.defaultValue(), provenance(f), f.kind(), option,
                    f.options(), f.description()));
        }
        return out;
    }

    // ---- convenience getters for the headline inputs ----
    public double spread() {
        return get(AssumptionField.SPREAD);
    }

    public double unitInvestmentPerWh() {
        return get(AssumptionField.UNIT_INVESTMENT_PER_WH);
    }

    public int cyclesPerYear() {
        return getInt(AssumptionField.CYCLES_PER_YEAR);
    }

    public double discountRate() {
        return get(AssumptionField.DISCOUNT_RATE);
    }

    public int projectLifeYears() {
        return getInt(AssumptionField.PROJECT_LIFE_YEARS);
    }

    public int constructionYears() {
        return getInt(AssumptionField.CONSTRUCTION_YEARS);
    }

    /** Rated duration t = E / P in hours (2-8). */
    public double durationHours() {
        return get(AssumptionField.RATED_ENERGY_MWH) / get(AssumptionField.RATED_POWER_MW);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assumptions a && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Assumptions{");
        for (AssumptionField f : FIELDS) {
            if (provenance(f) == Provenance.USER) {
                sb.append(f.key()).append('=').append(get(f)).append(' ');
            }
        }
        return sb.append('}').toString();
    }

    /** Mutable builder; {@link #build()} snapshots the values. */
    public static final class Builder {
        private final double[] v;

        private Builder(double[] v) {
            this.v = v;
        }

        public Builder set(AssumptionField f, double value) {
            v[f.ordinal()] = value;
            return this;
        }

        public Builder set(AssumptionField f, boolean value) {
            return set(f, value ? 1.0 : 0.0);
        }

        public Builder spread(double x) {
            return set(AssumptionField.SPREAD, x);
        }

        public Builder unitInvestmentPerWh(double x) {
            return set(AssumptionField.UNIT_INVESTMENT_PER_WH, x);
        }

        public Builder cyclesPerYear(int x) {
            return set(AssumptionField.CYCLES_PER_YEAR, x);
        }

        public Builder ratedPowerMw(double x) {
            return set(AssumptionField.RATED_POWER_MW, x);
        }

        public Builder ratedEnergyMwh(double x) {
            return set(AssumptionField.RATED_ENERGY_MWH, x);
        }

        public Builder constructionYears(int x) {
            return set(AssumptionField.CONSTRUCTION_YEARS, x);
        }

        public Builder leasedShare(double x) {
            return set(AssumptionField.LEASED_SHARE, x);
        }

        public Builder demandChargeBasisShare(double x) {
            return set(AssumptionField.DEMAND_CHARGE_BASIS_SHARE, x);
        }

        public Builder discountRate(double x) {
            return set(AssumptionField.DISCOUNT_RATE, x);
        }

        public Assumptions build() {
            return new Assumptions(v.clone());
        }
    }
}
