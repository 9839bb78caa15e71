package com.sesadvisor.benchmark;

import com.sesadvisor.eligibility.EligibilityEvaluator;
import com.sesadvisor.eligibility.EligibilityVerdict;
import com.sesadvisor.eligibility.ProjectInput;
import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleBaseCompiler;
import com.sesadvisor.rules.RuleEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Eligibility timings; results and the command line are in docs/performance/rules.md. Targets: one evaluation
 * including session creation &lt; 100 µs; a 100,000-project batch &gt; 20,000 projects/s; compile time recorded.
 * Audit persistence is not included (it is a database write, measured separately in the doc).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class EligibilityBenchmark {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final RuleBaseCompiler compiler = new RuleBaseCompiler(Clock.systemUTC());
    private RuleEngine engine;
    private EligibilityEvaluator evaluator;
    private List<ProjectInput> batch;
    private final ProjectInput demo = new ProjectInput("Demo", 100.0, 400.0, 330.0, null, null, null);

    @Setup(Level.Trial)
    public void setUp() {
        engine = new RuleEngine(compiler.compile(Path.of("rules")), compiler::dispose);
        evaluator = new EligibilityEvaluator(engine);
        SplittableRandom random = new SplittableRandom(42);
        batch = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            double mw = 50 + random.nextDouble() * 100;
            batch.add(new ProjectInput("P" + i, mw, mw * (2 + random.nextDouble() * 4), 250 + random.nextDouble() * 150.0,
                    null, null, null));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        compiler.dispose(engine.current());
    }

    /** Validation, fact computation, a fresh session (created, 3 rules fired, disposed) and the verdict. */
    @Benchmark
    public EligibilityVerdict singleEvaluation() {
        return evaluator.evaluate("CN-HEBEI-2024", demo, "bench", NOW);
    }

    /** 100,000 projects, one session each, on one pinned generation, single thread. Divide 1e5 by the time. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int batch100k() {
        return evaluator.evaluateAll("CN-HEBEI-2024", batch, "bench", NOW).size();
    }

    /**
     * The same 100,000 projects through one batch worker (issue 17): one reused rule session instead of one per
     * project, as each worker thread of a batch job judges. Divide 1e5 by the time; compare with batch100k.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int batch100kReusedSession() {
        int judged = 0;
        try (EligibilityEvaluator.Batch job = evaluator.openBatch("CN-HEBEI-2024", "bench", NOW);
             EligibilityEvaluator.Worker worker = job.worker()) {
            for (ProjectInput input : batch) {
                judged += worker.judge(input).verdict() != null ? 1 : 0;
            }
        }
        return judged;
    }

    /** Compiling the whole rules folder into a new generation (what a reload costs), then disposing it. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String compileRuleBase() {
        RuleBase rb = compiler.compile(Path.of("rules"));
        compiler.dispose(rb);
        return rb.version();
    }
}
