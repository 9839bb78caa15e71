package com.sesadvisor.benchmark;

import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.FinanceEngine;
import com.sesadvisor.engine.finance.FinanceResult;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.IrrResult;
import com.sesadvisor.engine.finance.IrrSolver;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.sensitivity.CancellationToken;
import com.sesadvisor.engine.finance.sensitivity.IrrGrid;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloResult;
import com.sesadvisor.engine.finance.sensitivity.MonteCarloSpec;
import com.sesadvisor.engine.finance.sensitivity.SensitivityAnalysis;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.formula.functions.Irr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Finance engine benchmarks (docs/performance/finance.md). Run:
 * {@code ./mvnw -q -B -Pbench test-compile exec:exec -Djmh.args="FinanceBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class FinanceBenchmark {

    private static final List<InvestmentModel> ALL = List.of(InvestmentModel.values());

    private Assumptions base;
    private double[] spreads;
    private double[] investments;
    private MonteCarloSpec mc;
    private double[] flows;

    @Setup
    public void setup() {
        base = Assumptions.paperDefaults();
        spreads = SensitivityAnalysis.linspace(0.52, 0.92, 101);
        investments = SensitivityAnalysis.linspace(0.87, 1.37, 101);
        mc = new MonteCarloSpec(ALL, ProfitMechanism.COMPREHENSIVE, CashFlowView.PROJECT_AFTER_TAX, base,
                MonteCarloSpec.defaultRanges(), 10_000, 42);
        flows = FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE).table()
                .cashFlows(CashFlowView.PROJECT_AFTER_TAX);
    }

    /** One full model run: table + metrics of all three views. Target < 50 us. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public FinanceResult fullModelRun() {
        return FinanceEngine.evaluate(InvestmentModel.CSSES, ProfitMechanism.COMPREHENSIVE, base);
    }

    /** 3 models x 101 x 101 IRR grid, parallel. Target < 1 s. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<IrrGrid> grid101x101ThreeModels() {
        return SensitivityAnalysis.irrGrids(ALL, ProfitMechanism.COMPREHENSIVE, CashFlowView.PROJECT_AFTER_TAX, base,
                spreads, investments);
    }

    /** 10,000 LHS draws x 3 models, parallel. Target < 2 s. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<MonteCarloResult> monteCarlo10kThreeModels() {
        return SensitivityAnalysis.monteCarlo(mc, CancellationToken.none(), (d, t) -> { });
    }

    /** Our IRR (all roots, grid + Brent) on the CSSES after-tax flows. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public IrrResult irrOurs() {
        return IrrSolver.irr(flows);
    }

    /** POI's Excel-compatible Irr (Newton from a guess, one root) on the same flows. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double irrPoi() {
        return Irr.irr(flows, 0.1);
    }
}
