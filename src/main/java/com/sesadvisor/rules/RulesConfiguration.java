package com.sesadvisor.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles the rule folder at start-up. A DRL that does not compile throws here, so the application refuses to
 * start and the log names the file, line and error. Later reloads (admin action, file change) keep the last good
 * rule base instead.
 */
@Configuration
class RulesConfiguration {

    @Bean
    RuleBaseCompiler ruleBaseCompiler(Clock clock) {
        return new RuleBaseCompiler(clock);
    }

    @Bean(destroyMethod = "")
    RuleEngine ruleEngine(RuleBaseCompiler compiler, @Value("${ses.rules.dir:rules}") String rulesDir) {
        return new RuleEngine(compiler.compile(Path.of(rulesDir)), compiler::dispose);
    }

    @Bean
    RuleBaseReloader ruleBaseReloader(RuleBaseCompiler compiler, RuleEngine engine,
                                      @Value("${ses.rules.dir:rules}") String rulesDir, Clock clock) {
        return new RuleBaseReloader(compiler, engine, Path.of(rulesDir), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "ses.rules.watch", havingValue = "true", matchIfMissing = true)
    RuleFolderWatcher ruleFolderWatcher(RuleBaseReloader reloader,
                                        @Value("${ses.rules.watch-debounce-ms:500}") long debounceMs) {
        return new RuleFolderWatcher(reloader, Duration.ofMillis(debounceMs));
    }
}
