package com.sesadvisor.benchmark;

import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.AhpFixtures;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.group.ConsensusScale;
import com.sesadvisor.engine.ahp.ConsistencyDiagnostics;
import com.sesadvisor.engine.ahp.group.GroupAhp;
import com.sesadvisor.engine.ahp.group.GroupResult;
import com.sesadvisor.engine.ahp.uncertainty.MonteCarloUncertainty;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.engine.ahp.uncertainty.UncertaintySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * AHP engine timings; results and the command line are in docs/performance/ahp.md. Targets: priorities + CR of an
 * 8x8 matrix < 20 µs; a 20-expert group of 10x10 matrices with consensus < 2 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class AhpBenchmark {

    /** Saaty (1990) house criteria, CR 0.169. */
    static final double[][] HOUSE = {
            {1, 5, 3, 7, 6, 6, 1.0 / 3, 0.25},
            {0.2, 1, 1.0 / 3, 5, 3, 3, 0.2, 1.0 / 7},
            {1.0 / 3, 3, 1, 6, 3, 4, 6, 0.2},
            {1.0 / 7, 0.2, 1.0 / 6, 1, 1.0 / 3, 0.25, 1.0 / 7, 0.125},
            {1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 0.5, 0.2, 1.0 / 6},
            {1.0 / 6, 1.0 / 3, 0.25, 4, 2, 1, 0.2, 1.0 / 6},
            {3, 5, 1.0 / 6, 7, 5, 5, 1, 0.5},
            {4, 7, 5, 8, 6, 6, 2, 1}};

    private final AhpCalculator calculator = new AhpCalculator();
    private final GroupAhp group = new GroupAhp();
    private final MonteCarloUncertainty monteCarlo = new MonteCarloUncertainty();

    private PairwiseMatrix house;
    private PairwiseMatrix random10;
    private double[][] house8Array;
    private double[][] random10Array;
    private List<PairwiseMatrix> experts;

    @Setup
    public void setUp() {
        house = PairwiseMatrix.of(HOUSE);
        house8Array = house.toArray();
        SplittableRandom random = new SplittableRandom(20);
        experts = new ArrayList<>();
        for (int e = 0; e < 20; e++) {
            experts.add(AhpFixtures.randomMatrix(10, random));
        }
        random10 = experts.get(0);
        random10Array = random10.toArray();
    }

    /** Priorities + λmax + CI + CR of the 8x8 house matrix (power method). */
    @Benchmark
    public AhpResult priorities8x8() {
        return calculator.priorities(house);
    }

    /** The same including validation of the raw array (what a REST call does). */
    @Benchmark
    public AhpResult validateAndPriorities8x8() {
        return calculator.priorities(PairwiseMatrix.of(HOUSE));
    }

    @Benchmark
    public AhpResult priorities10x10() {
        return calculator.priorities(random10);
    }

    /** Top-3 judgements to revise with recomputed CR, and the worst triad. */
    @Benchmark
    public ConsistencyDiagnostics diagnostics8x8() {
        return ConsistencyDiagnostics.of(house);
    }

    /** 20 experts, 10x10: per-expert EV and CR, AIJ matrix, its EV and CR, GSD per judgement, S*. */
    @Benchmark
    public GroupResult group20Experts10x10() {
        return group.aggregate(experts, null, AggregationMethod.AIJ, PriorityMethod.EIGENVECTOR,
                RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT);
    }

    /** Reference: Commons Math EigenDecomposition + λmax + CR on the same 8x8 matrix. */
    @Benchmark
    public double commonsMathEigen8x8() {
        return commonsMathCr(house8Array, 1.41);
    }

    @Benchmark
    public double commonsMathEigen10x10() {
        return commonsMathCr(random10Array, 1.49);
    }

    /** AHP-OS style judgement uncertainty, 1000 trials on the 8x8 matrix. */
    @Benchmark
    public Object monteCarlo1000x8x8() {
        return monteCarlo.simulate(house, UncertaintySettings.DEFAULT);
    }

    private static double commonsMathCr(double[][] a, double ri) {
        int n = a.length;
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(a, false));
        double[] real = eigen.getRealEigenvalues();
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (real[i] > real[best]) {
                best = i;
            }
        }
        double[] v = eigen.getEigenvector(best).toArray();
        double total = 0;
        for (int i = 0; i < n; i++) {
            v[i] = Math.abs(v[i]);
            total += v[i];
        }
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            v[i] /= total;
        }
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += a[i][j] * v[j];
            }
            lambda += row / v[i];
        }
        lambda /= n;
        return (lambda - n) / (n - 1) / ri;
    }
}
