package com.sesadvisor.engine.finance;

/**
 * Metrics of one cash-flow view (money in CNY).
 *
 * @param cashFlow     IRR, NPV, sign changes and paybacks of the view's net flows
 * @param totalRevenue TR = PV of cash inflows (sales incl. VAT + VAT refund + recovery)
 * @param totalCost    TC = PV of the view's cash outflows; TR - TC = NPV
 * @param costPerKwh   the paper's "cost per kWh": TC / PV(rated kWh x cycles) (CNY/kWh)
 * @param lcos         true LCOS: PV(investment + replacements + opex - recovery) / PV(delivered kWh), pre-tax,
 *                     the same in every view (CNY/kWh)
 * @param pvEquity     PV of equity cash flows excluding the construction period (2-20)
 * @param priceToBook  P/B = pvEquity / equity (2-21)
 */
public record ViewMetrics(CashFlowView view, CashFlowMetrics cashFlow, double totalRevenue, double totalCost,
                          double costPerKwh, double lcos, double pvEquity, double priceToBook) {

    public IrrResult irr() {
        return cashFlow.irr();
    }

    public double npv() {
        return cashFlow.npv();
    }
}
