package com.sesadvisor.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recompiles the rules folder into a new generation and swaps it in only when it compiled completely and every
 * scenario passed. On any error the last good rule base keeps serving; the error (file, line, message, or the
 * failing scenario with expected and actual verdict) is kept for admins, logged, and recorded in the history.
 */
public class RuleBaseReloader {

    private static final Logger log = LoggerFactory.getLogger(RuleBaseReloader.class);

    private final RuleBaseCompiler compiler;
    private final RuleEngine engine;
    private final Path folder;
    private final Clock clock;
    private final RuleBaseHistory history;
    private final AtomicReference<ReloadOutcome> lastOutcome = new AtomicReference<>();

    public RuleBaseReloader(RuleBaseCompiler compiler, RuleEngine engine, Path folder, Clock clock) {
        this(compiler, engine, folder, clock, RuleBaseHistory.NONE);
    }

    public RuleBaseReloader(RuleBaseCompiler compiler, RuleEngine engine, Path folder, Clock clock,
                            RuleBaseHistory history) {
        this.compiler = compiler;
        this.engine = engine;
        this.folder = folder;
        this.clock = clock;
        this.history = history;
    }

    /** One reload at a time: two concurrent reloads would compile twice and race to swap. */
    public synchronized ReloadOutcome reload(String trigger) {
        RuleBase serving = engine.current();
        String previous = serving.version();
        ReloadOutcome outcome;
        if (serving.packaged()) {
            outcome = new ReloadOutcome(false, trigger, clock.instant(), previous, previous, List.of(),
                    "Reload refused: the packaged rules are read-only; set ses.rules.dir to a rules folder and "
                            + "restart to edit rules", List.of());
            lastOutcome.set(outcome);
            return outcome;
        }
        List<RuleBase.RuleFile> candidateFiles = List.of();
        try {
            RuleBase next = compiler.compile(folder);
            candidateFiles = next.files();
            engine.replace(next);
            outcome = new ReloadOutcome(true, trigger, clock.instant(), next.version(), previous, List.of(),
                    "Rule base reloaded: version " + next.version() + " (was " + previous + "), "
                            + next.rules().size() + " rules from " + next.files().size() + " files, "
                            + next.scenarioResults().size() + " scenarios passed, in " + next.compileMillis()
                            + " ms", next.scenarioResults());
            log.info("{} (trigger: {})", outcome.message(), trigger);
        } catch (RuleCompilationException e) {
            outcome = new ReloadOutcome(false, trigger, clock.instant(), previous, previous, e.errors(),
                    "Reload refused, still serving version " + previous + ": " + firstLine(e.getMessage()),
                    e.scenarioResults());
            log.error("Rule reload (trigger: {}) refused; still serving version {}:\n{}", trigger, previous,
                    e.getMessage());
        } catch (RuntimeException e) {
            outcome = new ReloadOutcome(false, trigger, clock.instant(), previous, previous, List.of(),
                    "Reload refused, still serving version " + previous + ": " + e.getMessage(), List.of());
            log.error("Rule reload (trigger: {}) failed; still serving version {}", trigger, previous, e);
        }
        lastOutcome.set(outcome);
        record(outcome, serving, candidateFiles);
        return outcome;
    }

    /** Records the rule base that start-up activated (called once the database is ready). */
    public void recordStartup() {
        RuleBase rb = engine.current();
        Map<String, String> texts = RuleDiff.texts(rb.files());
        safeRecord(new RuleBaseHistory.Event(null, rb.loadedAt(), "start-up", "ACTIVATED", rb.version(), null,
                RuleDiff.hashes(texts), "", rb.scenarioResults(), List.of(), "Start-up: version " + rb.version()
                + " from " + rb.location() + (rb.packaged() ? " (packaged, read-only)" : "")));
    }

    private void record(ReloadOutcome outcome, RuleBase serving, List<RuleBase.RuleFile> candidateFiles) {
        Map<String, String> before = RuleDiff.texts(serving.files());
        Map<String, String> after = candidateFiles.isEmpty() ? readQuietly() : RuleDiff.texts(candidateFiles);
        safeRecord(new RuleBaseHistory.Event(null, outcome.attemptedAt(), outcome.trigger(),
                outcome.succeeded() ? "ACTIVATED" : "REFUSED", outcome.succeeded() ? outcome.servingVersion() : null,
                outcome.previousVersion(), RuleDiff.hashes(after), RuleDiff.diff(before, after),
                outcome.scenarioResults(), outcome.errors(), outcome.message()));
    }

    /** The candidate's files as they are on disk (for a refused candidate, which never became a RuleBase). */
    private Map<String, String> readQuietly() {
        try {
            return RuleDiff.texts(RuleBaseCompiler.readRuleFiles(folder));
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private void safeRecord(RuleBaseHistory.Event event) {
        try {
            history.record(event);
        } catch (RuntimeException e) {
            log.warn("Could not record rule-base history event: {}", e.toString());
        }
    }

    /** The last reload attempt since start-up, if any. */
    public Optional<ReloadOutcome> lastOutcome() {
        return Optional.ofNullable(lastOutcome.get());
    }

    /** The recorded activations and refusals, newest first. */
    public List<RuleBaseHistory.Event> history(int limit) {
        return history.recent(limit);
    }

    public Path folder() {
        return folder;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }
}
