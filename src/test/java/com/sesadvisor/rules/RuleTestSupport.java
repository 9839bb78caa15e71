package com.sesadvisor.rules;

import java.nio.file.Path;
import java.time.Clock;

/** Compiles the real top-level rules/ folder once per test class, as the application does at start-up. */
final class RuleTestSupport {

    static final Path RULES = Path.of("rules");

    private RuleTestSupport() {
    }

    static RuleEngine realRules() {
        return new RuleEngine(new RuleBaseCompiler(Clock.systemUTC()).compile(RULES));
    }
}
