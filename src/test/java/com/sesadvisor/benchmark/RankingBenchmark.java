package com.sesadvisor.benchmark;

import com.sesadvisor.engine.recommend.IndicatorMatrix;
import com.sesadvisor.engine.recommend.PaperData;
import com.sesadvisor.engine.recommend.Recommendation;
import com.sesadvisor.engine.recommend.RecommendationEngine;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.topsis.MonteCarloStability;
import com.sesadvisor.engine.topsis.Topsis;
import com.sesadvisor.engine.topsis.TopsisExplainer;
import com.sesadvisor.engine.topsis.TopsisResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ranking engine on the 3×9 base scenario (PaperData.BASE_NINE). Targets: full recommendation < 1 ms;
 * 1,000 Monte Carlo weight draws < 50 ms. Run (see docs/performance/ranking.md):
 * {@code ./mvnw -q -B -Pbench test-compile exec:exec -Djmh.args="RankingBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RankingBenchmark {

    private IndicatorMatrix base;
    private double[] subjective;
    private RecommendationOptions withoutMonteCarlo;
    private RecommendationOptions withMonteCarlo;
    private TopsisResult topsis;

    @Setup
    public void setUp() {
        base = PaperData.baseNine();
        subjective = PaperData.BASE_NINE_SUBJECTIVE;
        withoutMonteCarlo = RecommendationOptions.defaults().withMonteCarlo(0, 0.2, 1L);
        withMonteCarlo = RecommendationOptions.defaults();
        Recommendation r = RecommendationEngine.recommend(base, subjective, withoutMonteCarlo);
        topsis = r.topsis();
    }

    /** Entropy, combination, TOPSIS and every explanation except Monte Carlo. */
    @Benchmark
    public Recommendation fullRecommendationNoMonteCarlo() {
        return RecommendationEngine.recommend(base, subjective, withoutMonteCarlo);
    }

    /** As above plus the default 1,000 Monte Carlo draws. */
    @Benchmark
    public Recommendation fullRecommendationWith1000Draws() {
        return RecommendationEngine.recommend(base, subjective, withMonteCarlo);
    }

    /** 1,000 Monte Carlo weight draws alone. */
    @Benchmark
    public MonteCarloStability monteCarlo1000Draws() {
        return TopsisExplainer.monteCarlo(topsis, 1000, 0.2, 42L);
    }

    /** One TOPSIS evaluation by the engine (validation, ranks, distances, ideal points). */
    @Benchmark
    public TopsisResult topsisOnly() {
        return Topsis.evaluate(PaperData.BASE_NINE, topsis.weights(), base.directions());
    }

    /** The same closeness by a textbook implementation without validation or ranks, side by side. */
    @Benchmark
    public double[] topsisPlainBaseline() {
        return PlainTopsis.closeness(PaperData.BASE_NINE, topsis.weights(), base.directions());
    }
}
