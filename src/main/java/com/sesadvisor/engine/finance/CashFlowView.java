package com.sesadvisor.engine.finance;

/** The three cash-flow views; each has its own metrics. */
public enum CashFlowView {
    /** Total investment at t = c, no financing, no income tax. */
    PROJECT_PRE_TAX,
    /** As pre-tax, less the "adjusted" income tax computed without interest (EBIT basis). */
    PROJECT_AFTER_TAX,
    /** Equity injection instead of the investment, less debt service and the actual income tax. */
    EQUITY
}
