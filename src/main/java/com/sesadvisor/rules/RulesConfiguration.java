package com.sesadvisor.rules;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Compiles the rule folder at start-up. A DRL that does not compile throws here, so the application refuses to
 * start and the log names the file, line and error.
 */
@Configuration
class RulesConfiguration {

    @Bean
    RuleBaseCompiler ruleBaseCompiler(Clock clock) {
        return new RuleBaseCompiler(clock);
    }

    @Bean(destroyMethod = "")
    RuleEngine ruleEngine(RuleBaseCompiler compiler, @Value("${ses.rules.dir:rules}") String rulesDir) {
        return new RuleEngine(compiler.compile(Path.of(rulesDir)));
    }
}
