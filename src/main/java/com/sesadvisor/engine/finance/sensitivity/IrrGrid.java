package com.sesadvisor.engine.finance.sensitivity;

import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.IrrResult;

/**
 * IRR over spread x unit investment for a heat map: {@code cell(i, j)} is at investment {@code investments[i]}
 * and spread {@code spreads[j]}.
 */
public record IrrGrid(InvestmentModel model, CashFlowView view, double discountRate, double[] spreads,
                      double[] investments, IrrResult[][] cells) {

    public IrrResult cell(int investmentIndex, int spreadIndex) {
        return cells[investmentIndex][spreadIndex];
    }

    /** Headline IRR or null when not defined. */
    public Double irr(int investmentIndex, int spreadIndex) {
        return cells[investmentIndex][spreadIndex].valueOrNull();
    }

    /** True when the headline IRR exceeds the discount rate (the paper's feasibility test). */
    public boolean feasible(int investmentIndex, int spreadIndex) {
        Double v = irr(investmentIndex, spreadIndex);
        return v != null && v > discountRate;
    }
}
