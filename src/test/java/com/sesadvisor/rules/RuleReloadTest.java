package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.rules.facts.EligibilityFact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading while evaluations run: a broken file never replaces the serving rule base, a good one does, and a
 * retired generation is disposed exactly once and only after the evaluations on it have finished.
 */
class RuleReloadTest {

    @TempDir
    Path dir;

    private final RuleBaseCompiler compiler = new RuleBaseCompiler(Clock.systemUTC());
    private final List<RuleBase> disposed = new CopyOnWriteArrayList<>();
    private RuleEngine engine;
    private RuleBaseReloader reloader;

    @BeforeEach
    void copyRealRules() throws IOException {
        RuleTestSupport.copyShippedRules(dir);
        engine = new RuleEngine(compiler.compile(dir), rb -> {
            disposed.add(rb);
            compiler.dispose(rb);
        });
        reloader = new RuleBaseReloader(compiler, engine, dir, Clock.systemUTC());
    }

    private RuleEvaluation hebei100() {
        return engine.evaluate(List.of(EligibilityFact.of("CN-HEBEI-2024", "P", 100, 400, 330, false, false,
                false)));
    }

    @Test
    void a_broken_file_under_concurrent_load_keeps_the_old_rule_base_serving() throws Exception {
        String goodVersion = engine.current().version();
        AtomicBoolean running = new AtomicBoolean(true);
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger evaluations = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                while (running.get()) {
                    try {
                        RuleEvaluation e = hebei100();
                        assertThat(e.findings()).hasSize(3);
                        versionsSeen.add(e.ruleBaseVersion());
                        evaluations.incrementAndGet();
                    } catch (Throwable x) {
                        failures.add(x);
                    }
                }
            });
        }
        Files.writeString(dir.resolve("eligibility/CN-HEBEI-2024.drl"), """
                // @ruleSet CN-HEBEI-2024
                // @source test
                // @asOf 2024-01-27
                package com.sesadvisor.rules.eligibility.hebei2024;
                import com.sesadvisor.rules.facts.EligibilityFact;

                rule "ELIG-HE-001 Broken"
                when
                    EligibilityFact( noSuchField > 1 )
                then
                end
                """);
        ReloadOutcome outcome = reloader.reload("test-admin");
        int before = evaluations.get();
        while (evaluations.get() < before + 200) {
            Thread.onSpinWait();
        }
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.servingVersion()).isEqualTo(goodVersion);
        assertThat(outcome.errors()).isNotEmpty();
        assertThat(outcome.errors().get(0).file()).endsWith("eligibility/CN-HEBEI-2024.drl");
        assertThat(outcome.errors().get(0).line()).isEqualTo(9);
        assertThat(reloader.lastOutcome()).contains(outcome);
        assertThat(failures).isEmpty();
        assertThat(versionsSeen).containsExactly(goodVersion);
        assertThat(engine.current().version()).isEqualTo(goodVersion);
        assertThat(disposed).isEmpty();
    }

    @Test
    void a_good_reload_under_load_swaps_and_disposes_the_old_generation_once_it_is_idle() throws Exception {
        RuleBase first = engine.current();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            pool.submit(() -> {
                while (running.get()) {
                    try {
                        // Pin the generation: it must stay usable (not disposed) for as long as it is held.
                        engine.withCurrent(rb -> {
                            assertThat(disposed).doesNotContain(rb);
                            return RuleEngine.evaluate(rb, List.of(EligibilityFact.of("CN-HEBEI-2024", "P", 99.9,
                                    400, 330, false, false, false)));
                        });
                    } catch (Throwable x) {
                        failures.add(x);
                    }
                }
            });
        }
        String text = Files.readString(dir.resolve("eligibility/CN-HEBEI-2024.drl"));
        Files.writeString(dir.resolve("eligibility/CN-HEBEI-2024.drl"), text + "\n// edited\n");
        ReloadOutcome outcome = reloader.reload("test-admin");
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.previousVersion()).isEqualTo(first.version());
        assertThat(outcome.servingVersion()).isEqualTo(engine.current().version()).isNotEqualTo(first.version());
        assertThat(failures).isEmpty();
        assertThat(disposed).containsExactly(first);
        assertThat(hebei100().ruleBaseVersion()).isEqualTo(outcome.servingVersion());
    }

    @Test
    void a_generation_in_use_is_disposed_only_when_its_evaluation_ends() {
        RuleBase first = engine.current();
        engine.withCurrent(rb -> {
            assertThat(reloader.reload("test").succeeded()).isTrue();
            assertThat(disposed).isEmpty();
            return RuleEngine.evaluate(rb, List.of());
        });
        assertThat(disposed).containsExactly(first);
    }

    @Test
    void the_watcher_reloads_after_a_file_change() throws Exception {
        RuleFolderWatcher watcher = new RuleFolderWatcher(reloader, Duration.ofMillis(100));
        watcher.start();
        try {
            String before = engine.current().version();
            Files.writeString(dir.resolve("eligibility/CN-GANSU-2023.drl"),
                    Files.readString(dir.resolve("eligibility/CN-GANSU-2023.drl")) + "\n// touched\n");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (engine.current().version().equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(engine.current().version()).isNotEqualTo(before);
            assertThat(reloader.lastOutcome()).hasValueSatisfying(o -> {
                assertThat(o.succeeded()).isTrue();
                assertThat(o.trigger()).isEqualTo("file change");
            });
        } finally {
            watcher.stop();
        }
    }

    @Test
    void a_rule_set_header_with_a_bad_date_is_refused_with_its_line() throws IOException {
        Path f = dir.resolve("eligibility/CN-GANSU-2023.drl");
        Files.writeString(f, Files.readString(f).replace("// @asOf 2023-01-01", "// @asOf Jan 2023"));
        List<String> lines = Files.readAllLines(f);
        int asOfLine = lines.indexOf("// @asOf Jan 2023") + 1;
        assertThat(asOfLine).isPositive();
        ReloadOutcome outcome = reloader.reload("test");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).anySatisfy(e -> {
            assertThat(e.file()).endsWith("CN-GANSU-2023.drl");
            assertThat(e.line()).isEqualTo(asOfLine);
            assertThat(e.message()).contains("@asOf");
        });
    }
}
