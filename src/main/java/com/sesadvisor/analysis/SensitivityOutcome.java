package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.finance.sensitivity.ScenarioResult;
import java.util.List;
import java.util.Map;

/**
 * The sensitivity tables of one scenario: break-even spreads per model at the paper's investment levels, the
 * extended scenarios (spread 0.52 and 0.92) and the TOPSIS order at those spreads.
 */
public record SensitivityOutcome(Map<InvestmentModel, List<BreakEven>> thresholds, List<ScenarioResult> extended,
                                 Map<Double, RankingOutcome> extendedRankings) {
}
