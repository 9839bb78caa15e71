package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import java.util.Arrays;
import java.util.List;

/**
 * What a user chooses for the IRR Monte Carlo of the Analysis page: the uncertain inputs with their ranges, the
 * number of draws and the seed. The rest of the run (models, mechanism, view, the other inputs) is the scenario.
 */
public record MonteCarloSettings(List<MonteCarloSpec.Range> ranges, int draws, long seed) {

    /** Draws the page accepts: enough strata to be meaningful, few enough to finish within minutes. */
    public static final int MIN_DRAWS = 10;
    public static final int MAX_DRAWS = 100_000;
    public static final int DEFAULT_DRAWS = 2000;
    public static final long DEFAULT_SEED = 20250401L;

    public MonteCarloSettings {
        ranges = List.copyOf(ranges);
        if (draws < MIN_DRAWS || draws > MAX_DRAWS) {
            throw new InvalidAnalysisInputException("draws", "must be between " + MIN_DRAWS + " and " + MAX_DRAWS);
        }
    }

    /** The four main uncertainties centred on the scenario ({@link MonteCarloSpec#defaultRanges(Assumptions)}). */
    public static MonteCarloSettings defaults(Assumptions scenario) {
        return new MonteCarloSettings(MonteCarloSpec.defaultRanges(scenario), DEFAULT_DRAWS, DEFAULT_SEED);
    }

    /** The engine's run: all three models on common draws under the input's mechanism and view. */
    public MonteCarloSpec spec(AnalysisInput in) {
        return new MonteCarloSpec(Arrays.asList(InvestmentModel.values()), in.mechanism(), in.view(),
                in.assumptions(), ranges, draws, seed);
    }
}
