package com.sesadvisor.analysis;

import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.AssumptionValidator;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.engine.finance.sensitivity.BreakEven;
import com.sesadvisor.engine.finance.sensitivity.CancellationToken;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloResult;
import com.sesadvisor.engine.finance.sensitivity.ProgressListener;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/**
 * The analysis use case: finance for the three models, the ranking with its advice, sensitivity, and the
 * bundle a report is written from. Long runs (grids, Monte Carlo) go to {@link #background()} so a view
 * never blocks its UI thread; two workers (shared by all sessions) because the engine parallelises inside each
 * run, and one long Monte Carlo must not hold up everybody's heat maps.
 */
@Service
public class AnalysisService {

    private final RankingService ranking;
    private final Clock clock;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "analysis-background");
        t.setDaemon(true);
        return t;
    });

    public AnalysisService(RankingService ranking, Clock clock) {
        this.ranking = ranking;
        this.clock = clock;
    }

    public ExecutorService background() {
        return background;
    }

    @PreDestroy
    void shutdown() {
        background.shutdownNow();
    }

    /**
     * The input as analysed: a project the eligibility rule set refused earns no capacity price (rule ADV-ELIG-001),
     * the same adjustment {@code RecommendationService} makes, so the finance tables, the sensitivity and the
     * ranking all describe one scenario.
     */
    public AnalysisInput effective(AnalysisInput in) {
        if (Boolean.FALSE.equals(in.eligible()) && in.ruleSetName() != null) {
            Assumptions adjusted = in.assumptions().forEligibility(false);
            return adjusted == in.assumptions() ? in : in.withAssumptions(adjusted);
        }
        return in;
    }

    /** Every violation of the input for every model (empty when valid), de-duplicated by field and message. */
    public List<Violation> violations(AnalysisInput in) {
        return AssumptionValidator.violations(in.assumptions(), in.mechanism());
    }

    /**
     * The three models under the input. The engine validates (once, for every model); its refusal, which names
     * every bad field, is what the caller gets. @throws InvalidFinanceInputException naming every bad field
     */
    public FinanceOutcome finance(AnalysisInput in) {
        List<ModelFinance> models = new ArrayList<>();
        for (FinanceResult r : FinanceEngine.evaluateAll(in.mechanism(), in.assumptions())) {
            models.add(new ModelFinance(r.model(), r, SensitivityAnalysis.published(r.model(), in.assumptions())));
        }
        return new FinanceOutcome(in, models);
    }

    /** TOPSIS ranking of the three models with explanations, the paper replication and advisory findings. */
    public RankingOutcome rank(FinanceOutcome f, RecommendationOptions options) {
        return ranking.rank(f, options.withPaperReplication(true));
    }

    /** The 15 model x mechanism combinations ranked together. */
    public RankingOutcome rankCombinations(AnalysisInput in, RecommendationOptions options) {
        return ranking.rankCombinations(in, options);
    }

    /**
     * TOPSIS rankings at the paper's extended spreads (0.52, 0.92) with the input's weights, to set beside the
     * published Tables 3-11 and 3-12. A spread the validator refuses for this input is left out.
     */
    public Map<Double, RankingOutcome> extendedRankings(AnalysisInput in) {
        Map<Double, RankingOutcome> out = new LinkedHashMap<>();
        for (double s : SensitivityAnalysis.EXTENDED_SPREADS) {
            AnalysisInput at = in.withAssumptions(in.assumptions().with(AssumptionField.SPREAD, s));
            if (violations(at).isEmpty()) {
                out.put(s, ranking.rank(at, RecommendationOptions.defaults()));
            }
        }
        return out;
    }

    /** IRR heat maps for the three models (the UI's default is the paper's 9 x 11 axes). */
    public List<IrrGrid> grids(AnalysisInput in, double[] spreads, double[] investments) {
        return SensitivityAnalysis.irrGrids(Arrays.asList(InvestmentModel.values()), in.mechanism(), in.view(),
                in.assumptions(), spreads, investments);
    }

    /** Break-even spreads at the paper's eleven investment levels, per model. */
    public Map<InvestmentModel, List<BreakEven>> thresholds(AnalysisInput in) {
        Map<InvestmentModel, List<BreakEven>> out = new LinkedHashMap<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            out.put(m, SensitivityAnalysis.paperThresholds(m, in.mechanism(), in.view(), in.assumptions()));
        }
        return out;
    }

    /** Break-even spreads, extended scenarios and their TOPSIS orders, for the sensitivity tab. */
    public SensitivityOutcome sensitivity(AnalysisInput in) {
        return new SensitivityOutcome(thresholds(in), SensitivityAnalysis.extendedScenarios(in.mechanism(),
                in.assumptions()), extendedRankings(in));
    }

    /**
     * The IRR tornado of every model in the input's view: each numeric input that is not zero moved by
     * {@code swing} (0.1 = ±10 %) one at a time. A few hundred model runs, milliseconds in all.
     *
     * @throws InvalidFinanceInputException when the swing is not in (0, 1) or the input is invalid
     */
    public List<ModelTornado> tornadoes(AnalysisInput in, double swing) {
        List<ModelTornado> out = new ArrayList<>();
        for (InvestmentModel m : InvestmentModel.values()) {
            var rows = SensitivityAnalysis.tornado(m, in.mechanism(), in.view(), in.assumptions(),
                    SensitivityAnalysis.Metric.IRR, swing, SensitivityAnalysis.tornadoFields(in.assumptions()));
            out.add(new ModelTornado(m, in.view(), swing,
                    FinanceEngine.irr(m, in.mechanism(), in.view(), in.assumptions()).valueOrNull(), rows));
        }
        return List.copyOf(out);
    }

    /**
     * The Latin-hypercube Monte Carlo of the IRR for the three models with the user's ranges, draws and seed (call
     * off the UI thread).
     *
     * @throws java.util.concurrent.CancellationException when {@code token} is cancelled
     */
    public List<MonteCarloResult> monteCarlo(AnalysisInput in, MonteCarloSettings settings, CancellationToken token,
                                             ProgressListener progress) {
        return SensitivityAnalysis.monteCarlo(settings.spec(in), token, progress);
    }

    /** Everything a report needs, computed now (call off the UI thread). */
    public AnalysisReport report(AnalysisInput input, RecommendationOptions options) {
        AnalysisInput in = effective(input);
        FinanceOutcome f = finance(in);
        double[][] axes = SensitivityAnalysis.paperAxes();
        return new AnalysisReport(in, f, rank(f, options), grids(in, axes[0], axes[1]), thresholds(in),
                Instant.now(clock));
    }
}
