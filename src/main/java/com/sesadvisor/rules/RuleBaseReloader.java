package com.sesadvisor.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recompiles the rules folder into a new generation and swaps it in only when it compiled completely. On any
 * error the last good rule base keeps serving; the error (file, line, message) is kept for admins and logged.
 */
public class RuleBaseReloader {

    private static final Logger log = LoggerFactory.getLogger(RuleBaseReloader.class);

    private final RuleBaseCompiler compiler;
    private final RuleEngine engine;
    private final Path folder;
    private final Clock clock;
    private final AtomicReference<ReloadOutcome> lastOutcome = new AtomicReference<>();

    public RuleBaseReloader(RuleBaseCompiler compiler, RuleEngine engine, Path folder, Clock clock) {
        this.compiler = compiler;
        this.engine = engine;
        this.folder = folder;
        this.clock = clock;
    }

    /** One reload at a time: two concurrent reloads would compile twice and race to swap. */
    public synchronized ReloadOutcome reload(String trigger) {
        String previous = engine.current().version();
        ReloadOutcome outcome;
        try {
            RuleBase next = compiler.compile(folder);
            engine.replace(next);
            outcome = new ReloadOutcome(true, trigger, clock.instant(), next.version(), previous, List.of(),
                    "Rule base reloaded: version " + next.version() + " (was " + previous + "), "
                            + next.rules().size() + " rules from " + next.files().size() + " files in "
                            + next.compileMillis() + " ms");
            log.info("{} (trigger: {})", outcome.message(), trigger);
        } catch (RuleCompilationException e) {
            outcome = new ReloadOutcome(false, trigger, clock.instant(), previous, previous, e.errors(),
                    "Reload refused, still serving version " + previous + ": " + firstLine(e.getMessage()));
            log.error("Rule reload (trigger: {}) failed; still serving version {}:\n{}", trigger, previous,
                    e.getMessage());
        } catch (RuntimeException e) {
            outcome = new ReloadOutcome(false, trigger, clock.instant(), previous, previous, List.of(),
                    "Reload refused, still serving version " + previous + ": " + e.getMessage());
            log.error("Rule reload (trigger: {}) failed; still serving version {}", trigger, previous, e);
        }
        lastOutcome.set(outcome);
        return outcome;
    }

    /** The last reload attempt since start-up, if any. */
    public Optional<ReloadOutcome> lastOutcome() {
        return Optional.ofNullable(lastOutcome.get());
    }

    public Path folder() {
        return folder;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }
}
