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
}
