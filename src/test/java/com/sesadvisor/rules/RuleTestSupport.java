package com.sesadvisor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles the real top-level rules/ folder as the application does at start-up (once per test run for the tests that
 * only evaluate it).
 */
final class RuleTestSupport {

    static final Path RULES = Path.of("rules");

    private RuleTestSupport() {
    }

    private static RuleEngine shipped;

    static RuleEngine realRules() {
        return new RuleEngine(new RuleBaseCompiler(Clock.systemUTC()).compile(RULES));
    }

    /** The shipped rules, compiled once for the test classes that only evaluate them (each evaluation is a session). */
    static synchronized RuleEngine shippedRules() {
        if (shipped == null) {
            shipped = realRules();
        }
        return shipped;
    }

    /** Evaluates {@code fact} alone against the shipped rules. */
    static RuleEvaluation judge(Object fact) {
        return shippedRules().evaluate(List.of(fact));
    }

    /** Copies the shipped rules (DRL and scenario files) into {@code dir}, so a test can break a copy safely. */
    static void copyShippedRules(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
