package com.sesadvisor.engine.finance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly table over periods t = 0..c+N as arrays (CNY; energy in kWh). Arrays are shared, not copied:
 * treat them as read-only (use {@link #rows(CashFlowView)} for an immutable per-year view).
 */
public final class YearlyTable {
    final int periods;
    final double discountRate;
    final Map<RevenueStream, double[]> revenueByStream = new EnumMap<>(RevenueStream.class);
    final double[] revenueTotal;
    final double[] revenueExclVat;
    final double[] outputVat;
    final double[] energy;
    final double[] opex;
    final double[] charging;
    final double[] investment;
    final double[] equityInjection;
    final double[] replacement;
    final double[] replacementInputVat;
    final double[] recovery;
    final double[] depreciation;
    final double[] interest;
    final double[] principal;
    final double[] debtService;
    final double[] vatCredit;
    final double[] vatPayable;
    final double[] vatRefund;
    final double[] surcharges;
    final double[] incomeTax;
    final double[] incomeTaxProject;
    final double[] profitTotal;
    final double[] netProfit;
    final double[] cashInflow;
    final double[] outflowPreTax;
    final double[] cfPreTax;
    final double[] cfAfterTax;
    final double[] cfEquity;

    YearlyTable(int periods, double discountRate) {
        this.periods = periods;
        this.discountRate = discountRate;
        revenueTotal = new double[periods];
        revenueExclVat = new double[periods];
        outputVat = new double[periods];
        energy = new double[periods];
        opex = new double[periods];
        charging = new double[periods];
        investment = new double[periods];
        equityInjection = new double[periods];
        replacement = new double[periods];
        replacementInputVat = new double[periods];
        recovery = new double[periods];
        depreciation = new double[periods];
        interest = new double[periods];
        principal = new double[periods];
        debtService = new double[periods];
        vatCredit = new double[periods];
        vatPayable = new double[periods];
        vatRefund = new double[periods];
        surcharges = new double[periods];
        incomeTax = new double[periods];
        incomeTaxProject = new double[periods];
        profitTotal = new double[periods];
        netProfit = new double[periods];
        cashInflow = new double[periods];
        outflowPreTax = new double[periods];
        cfPreTax = new double[periods];
        cfAfterTax = new double[periods];
        cfEquity = new double[periods];
    }

    /** Number of periods (c + N + 1). */
    public int periods() {
        return periods;
    }

    /** Net cash flow of a view, t = 0 first. */
    public double[] cashFlows(CashFlowView view) {
        return switch (view) {
            case PROJECT_PRE_TAX -> cfPreTax.clone();
            case PROJECT_AFTER_TAX -> cfAfterTax.clone();
            case EQUITY -> cfEquity.clone();
        };
    }

    double[] flowsNoCopy(CashFlowView view) {
        return switch (view) {
            case PROJECT_PRE_TAX -> cfPreTax;
            case PROJECT_AFTER_TAX -> cfAfterTax;
            case EQUITY -> cfEquity;
        };
    }

    /** Cash outflow of a view in period t (positive). */
    double outflow(CashFlowView view, int t) {
        return switch (view) {
            case PROJECT_PRE_TAX -> outflowPreTax[t];
            case PROJECT_AFTER_TAX -> outflowPreTax[t] + incomeTaxProject[t];
            case EQUITY -> equityInjection[t] + replacement[t] + opex[t] + vatPayable[t] + surcharges[t]
                    + incomeTax[t] + debtService[t];
        };
    }

    /** Yearly series by line name (the snake_case names of the Python reference), for tests and export. */
    public double[] series(String name) {
        double[] a = switch (name) {
            case "revenue_total" -> revenueTotal;
            case "revenue_excl_vat" -> revenueExclVat;
            case "output_vat" -> outputVat;
            case "energy" -> energy;
            case "opex" -> opex;
            case "charging_cost" -> charging;
            case "investment" -> investment;
            case "equity_injection" -> equityInjection;
            case "replacement_cost" -> replacement;
            case "recovery" -> recovery;
            case "depreciation" -> depreciation;
            case "interest" -> interest;
            case "principal" -> principal;
            case "debt_service" -> debtService;
            case "vat_credit" -> vatCredit;
            case "vat_payable" -> vatPayable;
            case "vat_refund" -> vatRefund;
            case "surcharges" -> surcharges;
            case "income_tax" -> incomeTax;
            case "income_tax_adjusted" -> incomeTaxProject;
            case "profit_total" -> profitTotal;
            case "net_profit" -> netProfit;
            case "cash_inflow" -> cashInflow;
            case "cf_project_pre_tax" -> cfPreTax;
            case "cf_project_post_tax" -> cfAfterTax;
            case "cf_equity" -> cfEquity;
            default -> throw new IllegalArgumentException("unknown series " + name);
        };
        return a.clone();
    }

    /** Revenue of one stream by period (zeros when the mechanism does not earn it). */
    public double[] revenue(RevenueStream s) {
        double[] a = revenueByStream.get(s);
        return a == null ? new double[periods] : a.clone();
    }

    /** Immutable rows with the net, cumulative and discounted flows of {@code view}. */
    public List<YearRow> rows(CashFlowView view) {
        double[] cf = flowsNoCopy(view);
        List<YearRow> rows = new ArrayList<>(periods);
        double cum = 0;
        double cumDisc = 0;
        double df = 1;
        for (int t = 0; t < periods; t++) {
            Map<RevenueStream, Double> rev = new EnumMap<>(RevenueStream.class);
            for (Map.Entry<RevenueStream, double[]> e : revenueByStream.entrySet()) {
                rev.put(e.getKey(), e.getValue()[t]);
            }
            cum += cf[t];
            double disc = cf[t] * df;
            cumDisc += disc;
            df /= 1 + discountRate;
            rows.add(new YearRow(t, Collections.unmodifiableMap(rev), revenueTotal[t], revenueExclVat[t],
                    outputVat[t], energy[t], opex[t], charging[t], investment[t], equityInjection[t], replacement[t],
                    replacementInputVat[t], recovery[t], depreciation[t], interest[t], principal[t], debtService[t],
                    vatCredit[t], vatPayable[t], vatRefund[t], surcharges[t], incomeTax[t], incomeTaxProject[t],
                    profitTotal[t], netProfit[t], cashInflow[t], outflow(view, t), cf[t], cum, disc, cumDisc));
        }
        return List.copyOf(rows);
    }
}
