package com.sesadvisor.engine.finance;

import java.util.Map;

/**
 * One period of the yearly table (money in CNY, energy in kWh), with the net, cumulative and discounted flows
 * of one {@link CashFlowView}. Outflows are positive amounts in their own columns; net flows are signed.
 */
public record YearRow(int year, Map<RevenueStream, Double> revenueByStream, double revenueTotal,
                      double revenueExclVat, double outputVat, double energyDeliveredKwh, double opex,
                      double chargingCost, double investment, double equityInjection, double replacement,
                      double replacementInputVat, double recovery, double depreciation, double interest,
                      double principal, double debtService, double vatCreditBalance, double vatPayable,
                      double vatRefund, double surcharges, double incomeTax, double incomeTaxProject,
                      double profitTotal, double netProfit, double cashInflow, double cashOutflow,
                      double netCashFlow, double cumulativeCashFlow, double discountedCashFlow,
                      double cumulativeDiscountedCashFlow) {
}
