package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.AssumptionField;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How the scenario form groups the assumptions. The catalogue orders its fields by the paper's sections
 * (technical, costs, revenues, finance and tax); the form splits finance from tax so a committee finds the
 * discount rate and the loan terms without scrolling past the tax holiday.
 */
public enum AssumptionGroup {
    TECHNICAL, COST, REVENUE, TAX, FINANCE;

    private static final Set<AssumptionField> FINANCE_FIELDS = EnumSet.of(AssumptionField.EQUITY_RATIO,
            AssumptionField.DISCOUNT_RATE, AssumptionField.RESIDUAL_RATE, AssumptionField.LOAN_RATE,
            AssumptionField.LOAN_TERM_YEARS, AssumptionField.CONSTRUCTION_YEARS, AssumptionField.WORKING_CAPITAL,
            AssumptionField.RECOVER_BATTERY_EACH_REPLACEMENT);

    public static AssumptionGroup of(AssumptionField f) {
        if (FINANCE_FIELDS.contains(f)) {
            return FINANCE;
        }
        int o = f.ordinal();
        if (o < AssumptionField.UNIT_INVESTMENT_PER_WH.ordinal()) {
            return TECHNICAL;
        }
        if (o < AssumptionField.SPREAD.ordinal()) {
            return COST;
        }
        if (o < AssumptionField.EQUITY_RATIO.ordinal()) {
            return REVENUE;
        }
        return TAX;
    }

    public List<AssumptionField> fields() {
        return Arrays.stream(AssumptionField.values()).filter(f -> of(f) == this).toList();
    }
}
