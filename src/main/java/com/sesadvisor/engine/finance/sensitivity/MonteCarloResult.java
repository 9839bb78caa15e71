package com.sesadvisor.engine.finance.sensitivity;

import com.sesadvisor.engine.finance.InvestmentModel;
import java.util.OptionalDouble;

/**
 * IRR distribution of one model. Quantiles are nearest-rank over all valid draws with an undefined IRR
 * ranked lowest; a quantile that falls on such a draw is empty (not defined).
 *
 * @param validDraws       draws whose assumptions passed validation
 * @param undefinedIrr     valid draws without a defined IRR
 * @param probabilityAboveDiscountRate share of valid draws with IRR > discount rate
 * @param sortedIrr        the defined IRRs, ascending (for a histogram)
 */
public record MonteCarloResult(InvestmentModel model, int draws, int validDraws, int undefinedIrr,
                               OptionalDouble p10, OptionalDouble p50, OptionalDouble p90,
                               double probabilityAboveDiscountRate, double[] sortedIrr) {
}
