package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sesadvisor.eligibility.EligibilityEvaluator;
import com.sesadvisor.eligibility.EligibilityVerdict;
import com.sesadvisor.eligibility.ProjectInput;
import com.sesadvisor.eligibility.RuleSetQuarantinedException;
import com.sesadvisor.rules.facts.EligibilityFact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults of issue 13, reproduced on copies of the shipped rules: each is refused (or, at run time, stopped and
 * quarantined), verdicts stay as they were, other rule sets keep answering fast, and the refusal names the file
 * and line or the scenario with expected and actual verdict.
 */
class RuleGovernanceTest {

    private static final String HEBEI = "eligibility/CN-HEBEI-2024.drl";
    private static final String LOOP_FOREVER = "\nrule \"LOOP-FOREVER\" when $p : EligibilityFact( ruleSet == "
            + "\"CN-HEBEI-2024\" ) then modify($p) { } end\n";
    private static final ProjectInput TEN_CYCLES = new ProjectInput("P", 100.0, 400.0, 10.0, null, null, null);
    private static final ProjectInput JUST_UNDER = new ProjectInput("P", 99.99, 400.0, 330.0, null, null, null);
    private static final ProjectInput GANSU = new ProjectInput("G", 10.0, 20.0, null, null, null, null);

    @TempDir
    Path dir;

    private final RuleBaseCompiler compiler = new RuleBaseCompiler(Clock.systemUTC());
    private RuleEngine engine;
    private RuleBaseReloader reloader;
    private EligibilityEvaluator evaluator;

    @BeforeEach
    void copyRealRules() throws IOException {
        RuleTestSupport.copyShippedRules(dir);
        engine = new RuleEngine(compiler.compile(dir), compiler::dispose);
        reloader = new RuleBaseReloader(compiler, engine, dir, Clock.systemUTC());
        evaluator = new EligibilityEvaluator(engine, ExecutionLimits.DEFAULT, ZoneOffset.UTC);
    }

    private EligibilityVerdict check(String ruleSet, ProjectInput input) {
        return evaluator.evaluate(ruleSet, input, "test", Instant.now());
    }

    private void edit(String from, String to) throws IOException {
        Path file = dir.resolve(HEBEI);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private void assertServingUnchanged(String version) {
        assertThat(engine.current().version()).isEqualTo(version);
        assertThat(check("CN-HEBEI-2024", TEN_CYCLES).eligible()).isFalse();
        assertThat(check("CN-HEBEI-2024", JUST_UNDER).eligible()).isFalse();
        assertThat(check("CN-HEBEI-2024", new ProjectInput("P", 100.0, 400.0, 330.0, null, null, null)).eligible())
                .isTrue();
        long started = System.nanoTime();
        assertThat(check("CN-GANSU-2023", GANSU).eligible()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void fault_1_the_loop_forever_rule_of_the_issue_is_refused_at_reload() throws IOException {
        String good = engine.current().version();
        Files.writeString(dir.resolve(HEBEI), Files.readString(dir.resolve(HEBEI)) + LOOP_FOREVER);
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).anySatisfy(e -> {
            assertThat(e.file()).endsWith(HEBEI);
            assertThat(e.message()).contains("LOOP-FOREVER is not declared");
        });
        assertServingUnchanged(good);
    }

    @Test
    void fault_1b_a_declared_looping_rule_is_stopped_by_the_firing_limit_in_the_scenarios() throws IOException {
        String good = engine.current().version();
        // ELIG-HE-003 now re-triggers itself forever; the declaration still matches, so only the limits can stop it.
        edit("    $p : EligibilityFact( ruleSet == \"CN-HEBEI-2024\", $c : annualCycles )\nthen\n",
                "    $p : EligibilityFact( ruleSet == \"CN-HEBEI-2024\", $c : annualCycles )\nthen\n"
                        + "    modify($p) { }\n");
        long started = System.nanoTime();
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).anySatisfy(e -> {
            assertThat(e.file()).endsWith("eligibility/CN-HEBEI-2024.scenarios");
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.message()).contains("expected eligible, got stopped: Rule evaluation stopped after 10000 "
                    + "rule firings").contains("ELIG-HE-003");
        });
        assertThat(outcome.scenarioResults()).isNotEmpty();
        assertServingUnchanged(good);
    }

    @Test
    void fault_1c_a_loop_only_some_inputs_reach_is_stopped_at_run_time_and_quarantines_only_its_rule_set()
            throws IOException {
        // Same package as the Hebei rule set but no header of its own: it passes every load-time check and
        // only a project of exactly 123 MW sets it off.
        Files.writeString(dir.resolve("eligibility/hebei-extra.drl"), """
                package com.sesadvisor.rules.eligibility.hebei2024;
                import com.sesadvisor.rules.facts.EligibilityFact;

                rule "SNEAKY-LOOP"
                when
                    $p : EligibilityFact( ruleSet == "CN-HEBEI-2024", ratedPowerMw == 123.0 )
                then
                    modify($p) { }
                end
                """);
        assertThat(reloader.reload("admin").succeeded()).isTrue();
        long started = System.nanoTime();
        assertThatThrownBy(() -> check("CN-HEBEI-2024", new ProjectInput("Loop", 123.0, 600.0, 330.0, null, null,
                null))).isInstanceOf(RuleSetQuarantinedException.class)
                .hasMessageContaining("CN-HEBEI-2024").hasMessageContaining(HEBEI)
                .hasMessageContaining("SNEAKY-LOOP");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        // quarantined: refused at once, even for a harmless project
        long refused = System.nanoTime();
        assertThatThrownBy(() -> check("CN-HEBEI-2024", TEN_CYCLES)).isInstanceOf(RuleSetQuarantinedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - refused)).isLessThan(Duration.ofMillis(200));
        assertThat(engine.quarantines()).extracting(RuleEngine.Quarantine::ruleSet).containsExactly("CN-HEBEI-2024");
        // every other rule set answers as usual
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            assertThat(check("CN-GANSU-2023", GANSU).eligible()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(1));
        }
        // the fix: remove the file and reload; the quarantine is lifted
        Files.delete(dir.resolve("eligibility/hebei-extra.drl"));
        assertThat(reloader.reload("admin").succeeded()).isTrue();
        assertThat(check("CN-HEBEI-2024", TEN_CYCLES).eligible()).isFalse();
        assertThat(engine.quarantines()).isEmpty();
    }

    @Test
    void the_time_limit_halts_a_slow_evaluation() throws IOException {
        Files.writeString(dir.resolve("eligibility/hebei-slow.drl"), """
                package com.sesadvisor.rules.eligibility.hebei2024;
                import com.sesadvisor.rules.facts.EligibilityFact;

                rule "SLOW-LOOP"
                when
                    $p : EligibilityFact( ruleSet == "CN-HEBEI-2024", ratedPowerMw == 321.0 )
                then
                    try { Thread.sleep(5); } catch (InterruptedException e) { }
                    modify($p) { }
                end
                """);
        assertThat(reloader.reload("admin").succeeded()).isTrue();
        RuleBase rb = engine.current();
        long started = System.nanoTime();
        assertThatThrownBy(() -> RuleEngine.evaluate(rb, List.of(EligibilityFact.of("CN-HEBEI-2024", "P", 321, 1300,
                330, false, false, false)), new ExecutionLimits(1_000_000, Duration.ofMillis(300)), null))
                .isInstanceOf(RuleLimitExceededException.class).hasMessageContaining("limit 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void fault_2_deleting_rule_he_003_is_refused_and_ten_cycles_stay_not_eligible() throws IOException {
        String good = engine.current().version();
        String text = Files.readString(dir.resolve(HEBEI));
        int start = text.indexOf("rule \"ELIG-HE-003");
        Files.writeString(dir.resolve(HEBEI), text.substring(0, start));
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).anySatisfy(e -> {
            assertThat(e.file()).endsWith(HEBEI);
            assertThat(e.line()).isEqualTo(8);
            assertThat(e.message()).contains("declares ELIG-HE-003 but the file has no rule");
        });
        assertServingUnchanged(good);
        EligibilityVerdict v = check("CN-HEBEI-2024", TEN_CYCLES);
        assertThat(v.failed()).extracting(c -> c.ruleId()).containsExactly("ELIG-HE-003");
    }

    @Test
    void a_declared_check_that_does_not_report_fails_the_verdict() {
        RuleSetInfo hebei = RuleSetInfo.of(engine.current()).get("CN-HEBEI-2024");
        List<String> checks = new ArrayList<>(hebei.checks());
        checks.add("ELIG-HE-999");
        RuleSetInfo more = new RuleSetInfo(hebei.name(), hebei.title(), hebei.source(), hebei.asOf(),
                hebei.requires(), hebei.file(), hebei.version(), hebei.rules(), hebei.drl(), checks,
                hebei.effectiveFrom(), null, hebei.packageName(), List.of());
        EligibilityJudge.Judgement j = EligibilityJudge.judge(engine.current(), more, EligibilityFact.of(
                "CN-HEBEI-2024", "P", 200, 1000, 365, false, false, false), ExecutionLimits.DEFAULT);
        assertThat(j.eligible()).isFalse();
        assertThat(j.failing()).containsExactly("ELIG-HE-999");
        assertThat(j.checks().get(3).messageEn()).startsWith("ELIG-HE-999 did not report");
    }

    @Test
    void fault_3_a_power_floor_of_minus_1_mw_breaks_a_scenario_and_is_refused() throws IOException {
        String good = engine.current().version();
        edit("function double minRatedPowerMw() { return 100.0; }", "function double minRatedPowerMw() { return -1; }");
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).anySatisfy(e -> {
            assertThat(e.file()).endsWith("eligibility/CN-HEBEI-2024.scenarios");
            assertThat(e.line()).isEqualTo(10);
            assertThat(e.message()).isEqualTo("scenario 'Power just under the 100 MW floor' of CN-HEBEI-2024 "
                    + "expected not eligible: ELIG-HE-001, got eligible");
        });
        assertThat(outcome.scenarioResults()).filteredOn(r -> !r.passed()).hasSize(2);
        assertServingUnchanged(good);
    }

    @Test
    void a_threshold_edit_in_another_direction_breaks_the_boundary_scenario_too() throws IOException {
        String good = engine.current().version();
        edit("function double minAnnualCycles() { return 330.0; }", "function double minAnnualCycles() { return 331; }");
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).anySatisfy(e -> assertThat(e.message()).contains(
                "expected eligible, got not eligible: ELIG-HE-003"));
        assertServingUnchanged(good);
    }

    @Test
    void fault_4_a_syntax_error_on_line_26_is_reported_at_line_26_not_at_the_rule_start() throws IOException {
        String good = engine.current().version();
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(HEBEI)));
        // line 20 is the rule's // @titleZh comment
        assertThat(lines.get(20)).startsWith("rule \"ELIG-HE-001");
        assertThat(lines.get(25)).contains("\" MW\", Checks.num($mw)");
        lines.set(25, lines.get(25).replace("\" MW\", Checks.num($mw)", "\" MW\" Checks.num($mw)"));
        Files.write(dir.resolve(HEBEI), lines);
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).hasSize(1);
        assertThat(outcome.errors().get(0).file()).endsWith(HEBEI);
        assertThat(outcome.errors().get(0).line()).isEqualTo(26);
        assertServingUnchanged(good);
    }

    @Test
    void an_unknown_method_in_a_consequence_is_reported_at_its_own_line() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(HEBEI)));
        lines.add(24, "    $p.noSuchMethod();"); // inside ELIG-HE-001's consequence
        Files.write(dir.resolve(HEBEI), lines);
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors().get(0).line()).isEqualTo(25);
        assertThat(outcome.errors().get(0).message()).contains("noSuchMethod");
    }

    @Test
    void a_broken_scenario_file_is_reported_with_its_line() throws IOException {
        Path scenarios = dir.resolve("eligibility/CN-GANSU-2023.scenarios");
        Files.writeString(scenarios, Files.readString(scenarios) + "\nSCENARIO typo\nGIVEN ratedPowerMw = ten\n"
                + "EXPECT eligible\n");
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        long line = Files.readAllLines(scenarios).indexOf("GIVEN ratedPowerMw = ten") + 1;
        assertThat(outcome.errors()).anySatisfy(e -> {
            assertThat(e.file()).endsWith("CN-GANSU-2023.scenarios");
            assertThat(e.line()).isEqualTo((int) line);
            assertThat(e.message()).contains("ratedPowerMw must be a number, was 'ten'");
        });
    }

    @Test
    void a_rule_set_without_scenarios_or_with_an_untested_check_is_refused() throws IOException {
        Files.delete(dir.resolve("eligibility/CN-GANSU-2023.scenarios"));
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).anySatisfy(e -> assertThat(e.message()).contains("has no scenarios"));
    }

    @Test
    void two_dated_versions_of_one_rule_set_are_loaded_side_by_side_and_chosen_by_assessment_date()
            throws IOException {
        String text = Files.readString(dir.resolve(HEBEI));
        Files.writeString(dir.resolve(HEBEI), text.replace("// @asOf 2024-01-27",
                "// @asOf 2024-01-27\n// @effectiveUntil 2025-12-31"));
        String v2026 = text.replace("// @asOf 2024-01-27", "// @asOf 2026-01-01")
                .replace("hebei2024;", "hebei2026;").replace("return 330.0;", "return 300.0;");
        Files.writeString(dir.resolve("eligibility/CN-HEBEI-2024-from-2026.drl"), v2026);
        Files.writeString(dir.resolve("eligibility/CN-HEBEI-2024-from-2026.scenarios"), """
                SCENARIO 300 cycles is the new floor
                GIVEN ratedPowerMw = 100, ratedEnergyMwh = 400, annualCycles = 300
                EXPECT eligible
                SCENARIO Power just under the floor
                GIVEN ratedPowerMw = 99.99, ratedEnergyMwh = 400, annualCycles = 300
                EXPECT not eligible: ELIG-HE-001
                SCENARIO Duration just under 4 h
                GIVEN ratedPowerMw = 100, ratedEnergyMwh = 399, annualCycles = 300
                EXPECT not eligible: ELIG-HE-002
                SCENARIO Cycles just under 300
                GIVEN ratedPowerMw = 100, ratedEnergyMwh = 400, annualCycles = 299
                EXPECT not eligible: ELIG-HE-003
                """);
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.succeeded()).isTrue();
        ProjectInput p310 = new ProjectInput("P", 100.0, 400.0, 310.0, null, null, null);
        EligibilityVerdict in2024 = evaluator.evaluate("CN-HEBEI-2024", p310, "t", Instant.now(),
                java.time.LocalDate.of(2024, 6, 30));
        EligibilityVerdict in2026 = evaluator.evaluate("CN-HEBEI-2024", p310, "t", Instant.now(),
                java.time.LocalDate.of(2026, 6, 30));
        assertThat(in2024.eligible()).isFalse();
        assertThat(in2026.eligible()).isTrue();
        assertThat(in2024.ruleSetVersion()).isNotEqualTo(in2026.ruleSetVersion());
        assertThat(evaluator.allVersions()).filteredOn(r -> r.name().equals("CN-HEBEI-2024")).hasSize(2);
        assertThatThrownBy(() -> evaluator.evaluate("CN-HEBEI-2024", p310, "t", Instant.now(),
                java.time.LocalDate.of(2020, 1, 1))).hasMessageContaining("No version of rule set CN-HEBEI-2024");
    }

    @Test
    void overlapping_dated_versions_are_refused() throws IOException {
        String text = Files.readString(dir.resolve(HEBEI));
        Files.writeString(dir.resolve("eligibility/CN-HEBEI-2024-copy.drl"), text.replace("hebei2024;", "hebeicopy;"));
        Files.copy(dir.resolve("eligibility/CN-HEBEI-2024.scenarios"),
                dir.resolve("eligibility/CN-HEBEI-2024-copy.scenarios"));
        ReloadOutcome outcome = reloader.reload("admin");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).anySatisfy(e -> assertThat(e.message()).contains("overlapping period"));
    }
}
