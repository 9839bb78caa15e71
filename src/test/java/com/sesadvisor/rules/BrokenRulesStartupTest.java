package com.sesadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application's rule configuration refuses to start on a DRL that does not compile, naming file and line. */
class BrokenRulesStartupTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RulesConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void start_up_fails_fast_on_a_broken_drl(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.drl"), "package bad;\n\nrule \"BAD-001\"\nwhen\n  Nonsense(\nthen\nend\n");
        context.withPropertyValues("ses.rules.dir=" + dir).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause()
                    .isInstanceOf(RuleCompilationException.class)
                    .hasMessageContaining("bad.drl:");
        });
    }

    @Test
    void start_up_succeeds_on_the_real_rules() {
        context.withPropertyValues("ses.rules.dir=rules").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(RuleEngine.class).current().rules()).isNotEmpty();
        });
    }

    @Test
    void start_up_fails_when_a_scenario_fails_naming_the_scenario(@TempDir Path dir) throws IOException {
        Path eligibility = Files.createDirectories(dir.resolve("eligibility"));
        Files.writeString(eligibility.resolve("CN-GANSU-2023.drl"), Files.readString(
                Path.of("rules/eligibility/CN-GANSU-2023.drl")).replace("return 10.0;", "return 11.0;"));
        Files.copy(Path.of("rules/eligibility/CN-GANSU-2023.scenarios"), eligibility.resolve("CN-GANSU-2023.scenarios"));
        context.withPropertyValues("ses.rules.dir=" + dir).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(RuleCompilationException.class)
                    .hasMessageContaining("CN-GANSU-2023.scenarios:6: scenario 'Exactly at both floors (10 MW, 20 MWh)'"
                            + " of CN-GANSU-2023 expected eligible, got not eligible: ELIG-GS-001");
        });
    }

    @Test
    void an_explicit_rules_folder_that_does_not_exist_stops_start_up() {
        context.withPropertyValues("ses.rules.dir=no-such-rules-folder").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("no-such-rules-folder")
                    .hasMessageContaining("does not exist");
        });
    }

    @Test
    void without_ses_rules_dir_and_without_a_rules_folder_the_packaged_rules_serve_read_only() {
        // As in the jar: the packaged application.properties names "rules", which is not where the jar was started.
        context.withInitializer(ctx -> ctx.getEnvironment().getPropertySources().addLast(
                        new org.springframework.core.env.MapPropertySource("Config resource 'class path resource "
                                + "[application.properties]' via location 'optional:classpath:/'",
                                java.util.Map.of("ses.rules.dir", "no-rules-here"))))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    RuleBase rb = ctx.getBean(RuleEngine.class).current();
                    assertThat(rb.packaged()).isTrue();
                    assertThat(rb.location()).isEqualTo("classpath:packaged-rules/");
                    assertThat(rb.files()).extracting(RuleBase.RuleFile::path)
                            .contains("eligibility/CN-HEBEI-2024.drl", "consistency/ahp-consistency.drl");
                    assertThat(rb.scenarioResults()).isNotEmpty().allMatch(r -> r.passed());
                    ReloadOutcome reload = ctx.getBean(RuleBaseReloader.class).reload("admin");
                    assertThat(reload.succeeded()).isFalse();
                    assertThat(reload.message()).contains("read-only");
                    assertThat(ctx.getBean(RuleFolderWatcher.class).isRunning()).isFalse();
                });
    }
}
