package com.sesadvisor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

/** Compiles the real top-level rules/ folder once per test class, as the application does at start-up. */
final class RuleTestSupport {

    static final Path RULES = Path.of("rules");

    private RuleTestSupport() {
    }

    static RuleEngine realRules() {
        return new RuleEngine(new RuleBaseCompiler(Clock.systemUTC()).compile(RULES));
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
