package com.sesadvisor.engine.finance;

import com.sesadvisor.engine.mcda.InputBounds;
import com.sesadvisor.engine.text.Text;
import java.util.List;

/**
 * Metrics of any yearly cash-flow series (t = 0 first, undiscounted); feeds {@code /api/finance/metrics}.
 *
 * @param irr                IRR with all roots, or not defined
 * @param signChanges        sign changes of the flows
 * @param npv                NPV at {@code discountRate}, flows[0] undiscounted
 * @param staticPayback      first crossing of the cumulative flow
 * @param staticPaybackLast  last crossing (after which the cumulative stays >= 0)
 * @param dynamicPayback     first crossing of the discounted cumulative flow
 * @param dynamicPaybackLast last crossing of the discounted cumulative flow
 */
public record CashFlowMetrics(double discountRate, IrrResult irr, int signChanges, double npv,
                              Payback staticPayback, Payback staticPaybackLast,
                              Payback dynamicPayback, Payback dynamicPaybackLast) {

    /**
     * Metrics of {@code flows} at {@code rate}.
     *
     * @throws InvalidFinanceInputException naming {@code cashFlows[i]} or {@code discountRate}
     */
    public static CashFlowMetrics of(double[] flows, double rate) {
        if (flows == null || flows.length < 2) {
            throw new InvalidFinanceInputException("cashFlows", Text.of("engine.finance.violation.twoValues"));
        }
        InputBounds years = InputBounds.CASH_FLOW_YEARS;
        if (flows.length > years.max()) {
            throw new InvalidFinanceInputException("cashFlows", Text.of("engine.finance.violation.tooManyValues",
                    years.max(), flows.length));
        }
        for (int i = 0; i < flows.length; i++) {
            if (!Double.isFinite(flows[i])) {
                throw new InvalidFinanceInputException("cashFlows[" + i + "]",
                        Text.of("engine.finance.violation.notFinite"));
            }
            outOfBounds(InputBounds.CASH_FLOW, flows[i], "cashFlows[" + i + "]");
        }
        if (!Double.isFinite(rate) || rate <= -1) {
            throw new InvalidFinanceInputException("discountRate", Text.of("engine.finance.violation.discountRate"));
        }
        outOfBounds(InputBounds.DISCOUNT_RATE, rate, "discountRate");
        return compute(flows, rate);
    }

    private static void outOfBounds(InputBounds bounds, double v, String field) {
        if (v < bounds.min()) {
            throw new InvalidFinanceInputException(field, Text.of("engine.finance.violation.belowMin", bounds.min(),
                    bounds.unit(), v));
        }
        if (v > bounds.max()) {
            throw new InvalidFinanceInputException(field, Text.of("engine.finance.violation.aboveMax", bounds.max(),
                    bounds.unit(), v));
        }
    }

    /** Unchecked variant for the engine's own (already finite) series. */
    static CashFlowMetrics compute(double[] flows, double rate) {
        IrrResult irr = IrrSolver.irr(flows);
        return new CashFlowMetrics(rate, irr, irr.signChanges(), IrrSolver.npv(flows, rate),
                IrrSolver.payback(flows, Double.NaN, false), IrrSolver.payback(flows, Double.NaN, true),
                IrrSolver.payback(flows, rate, false), IrrSolver.payback(flows, rate, true));
    }

    /** All IRR roots, ascending (API {@code irrRoots}). */
    public List<Double> irrRoots() {
        return irr.roots();
    }
}
