package com.sesadvisor.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs facts through the current rule base in a fresh session that is always disposed, and records which rules
 * fired. Java computes the facts; the rules compare them and insert {@link Finding}s.
 *
 * <p>Generations are reference counted: an evaluation pins the generation it started on, and a generation that
 * has been swapped out is disposed only when its last evaluation has finished. So a reload never pulls a
 * container out from under a running evaluation, and never lets one see half of the old and half of the new
 * rules.
 */
public final class RuleEngine {

    /** Halts sessions that run past their time limit; one daemon thread for the whole JVM. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
    /** Fired-rule IDs kept per evaluation (for the audit trail); the counts are kept for all. */
    private static final int MAX_RECORDED_FIRINGS = 200;

    private final AtomicReference<Generation> current;
    private final Consumer<RuleBase> disposer;
    private final Map<String, Quarantine> quarantined = new ConcurrentHashMap<>();

    /** An engine whose replaced generations are simply dropped (tests, tools). */
    public RuleEngine(RuleBase initial) {
        this(initial, rb -> { });
    }

    /** An engine that hands each retired generation to {@code disposer} once no evaluation uses it any more. */
    public RuleEngine(RuleBase initial, Consumer<RuleBase> disposer) {
        this.disposer = disposer;
        this.current = new AtomicReference<>(new Generation(initial, disposer));
    }

    public RuleBase current() {
        return current.get().ruleBase;
    }

    /**
     * Swaps in a new generation and returns the old one. The old generation is disposed (via the disposer given
     * at construction) as soon as the evaluations still running on it have finished; callers must not dispose it.
     */
    public RuleBase replace(RuleBase next) {
        Generation old = current.getAndSet(new Generation(next, disposer));
        // A new generation passed its scenarios under the limits: give every rule set a fresh chance.
        liftQuarantines();
        old.retire();
        return old.ruleBase;
    }

    /** Evaluates on the current generation. */
    public RuleEvaluation evaluate(Collection<?> facts) {
        return withCurrent(ruleBase -> evaluate(ruleBase, facts));
    }

    /**
     * Runs {@code work} with the current generation pinned: it is not disposed until {@code work} returns, so a
     * caller can read the generation's metadata and evaluate on it consistently (e.g. a batch of many projects).
     */
    public <T> T withCurrent(java.util.function.Function<RuleBase, T> work) {
        Generation generation = acquire();
        try {
            return work.apply(generation.ruleBase);
        } finally {
            generation.release();
        }
    }

    /** Evaluates on a given generation under the default limits; the caller must hold it pinned. */
    public static RuleEvaluation evaluate(RuleBase ruleBase, Collection<?> facts) {
        return evaluate(ruleBase, facts, ExecutionLimits.DEFAULT, null);
    }

    /**
     * Evaluates on a given generation (the caller must hold it pinned, see {@link #withCurrent}), in a fresh
     * session that is always disposed, with bounded work: at most {@code limits.maxFirings()} firings, and a
     * watchdog that halts the session after {@code limits.maxTime()}. Either way the evaluation ends with
     * {@link RuleLimitExceededException} instead of holding the calling thread or filling the heap.
     *
     * @param onlyPackage when not null, only rules of this DRL package may fire (one rule set's file)
     */
    public static RuleEvaluation evaluate(RuleBase ruleBase, Collection<?> facts, ExecutionLimits limits,
                                          String onlyPackage) {
        try (ReusableSession session = openSession(ruleBase, limits, onlyPackage)) {
            return session.evaluate(facts);
        }
    }

    /**
     * A session for many evaluations by ONE thread on a pinned generation (a batch worker): creating a session
     * costs more than judging one project, so a batch reuses it and empties its working memory after each
     * evaluation. Same limits and findings as {@link #evaluate(RuleBase, Collection, ExecutionLimits, String)}.
     */
    public static ReusableSession openSession(RuleBase ruleBase, ExecutionLimits limits, String onlyPackage) {
        return new ReusableSession(ruleBase, limits, onlyPackage);
    }

    /** See {@link #openSession}. Not thread-safe; close it when done. */
    public static final class ReusableSession implements AutoCloseable {
        private final RuleBase ruleBase;
        private final ExecutionLimits limits;
        private final AgendaFilter filter;
        private final List<String> fired = new ArrayList<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private KieSession session;

        private ReusableSession(RuleBase ruleBase, ExecutionLimits limits, String onlyPackage) {
            this.ruleBase = ruleBase;
            this.limits = limits;
            this.filter = onlyPackage == null ? match -> true
                    : match -> onlyPackage.equals(match.getRule().getPackageName());
        }

        /**
         * Inserts the facts, fires under the limits, returns the findings and empties the working memory. A
         * session that failed in any way (limits, an exception in a rule) is thrown away and the next evaluation
         * gets a fresh one, so nothing of a failed evaluation leaks into the next.
         */
        public RuleEvaluation evaluate(Collection<?> facts) {
            KieSession s = session();
            fired.clear();
            counts.clear();
            AtomicBoolean timedOut = new AtomicBoolean();
            long started = System.nanoTime();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                s.halt();
            }, limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
            boolean clean = false;
            try {
                facts.forEach(s::insert);
                int firings = s.fireAllRules(filter, limits.maxFirings());
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (timedOut.get()) {
                    throw new RuleLimitExceededException(RuleLimitExceededException.Limit.TIME, firings, millis,
                            busiest(counts), limits);
                }
                if (firings >= limits.maxFirings()) {
                    throw new RuleLimitExceededException(RuleLimitExceededException.Limit.FIRINGS, firings,
                            millis, busiest(counts), limits);
                }
                List<Finding> findings = new ArrayList<>();
                for (Object o : s.getObjects(Finding.class::isInstance)) {
                    findings.add((Finding) o);
                }
                findings.sort(Comparator.comparing(Finding::ruleId));
                RuleEvaluation evaluation = new RuleEvaluation(findings, fired, ruleBase.version());
                for (FactHandle handle : List.<FactHandle>copyOf(s.<FactHandle>getFactHandles())) {
                    s.delete(handle);
                }
                clean = !timedOut.get();
                return evaluation;
            } finally {
                watchdog.cancel(false);
                if (!clean) {
                    close();
                }
            }
        }

        private KieSession session() {
            if (session == null) {
                session = ruleBase.container().newKieSession();
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        String name = event.getMatch().getRule().getName();
                        int space = name.indexOf(' ');
                        String id = space < 0 ? name : name.substring(0, space);
                        counts.merge(id, 1, Integer::sum);
                        if (fired.size() < MAX_RECORDED_FIRINGS) {
                            fired.add(id);
                        }
                    }
                });
            }
            return session;
        }

        @Override
        public void close() {
            if (session != null) {
                session.dispose();
                session = null;
            }
        }
    }

    /**
     * Pins the current generation until the returned handle is closed: for work that cannot run inside one call
     * of {@link #withCurrent} (a batch job judged by several threads over minutes).
     */
    public Pinned pin() {
        return new Pinned(acquire());
    }

    /** A pinned generation; {@link #close()} releases it (once). */
    public static final class Pinned implements AutoCloseable {
        private final Generation generation;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Pinned(Generation generation) {
            this.generation = generation;
        }

        public RuleBase ruleBase() {
            return generation.ruleBase;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                generation.release();
            }
        }
    }

    private static List<String> busiest(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .map(e -> e.getKey() + " (" + e.getValue() + " firings)").toList();
    }

    /** Takes a rule set out of service until the next successful reload. */
    public void quarantine(String ruleSet, String file, String fileVersion, String reason) {
        quarantined.put(ruleSet + "@" + fileVersion, new Quarantine(ruleSet, file, fileVersion, Instant.now(),
                reason));
    }

    /** Lifts every quarantine (a successful reload does this). */
    public void liftQuarantines() {
        quarantined.clear();
    }

    /** The quarantine of a rule set's file version, if it is quarantined. */
    public Optional<Quarantine> quarantined(String ruleSet, String fileVersion) {
        return Optional.ofNullable(quarantined.get(ruleSet + "@" + fileVersion));
    }

    /** Every quarantined rule set, for the Rules page and the API. */
    public List<Quarantine> quarantines() {
        return List.copyOf(quarantined.values());
    }

    /**
     * A rule set refused because an evaluation of it ran into its limits.
     *
     * @param reason the limit message, naming the busiest rules
     */
    public record Quarantine(String ruleSet, String file, String fileVersion, Instant since, String reason) {
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rules-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private Generation acquire() {
        while (true) {
            Generation generation = current.get();
            if (generation.tryAcquire()) {
                return generation;
            }
            // Lost a race with replace(): that generation is retired and idle; the next read sees the new one.
        }
    }

    /**
     * A generation with a count of evaluations using it. The count is 1 (the engine's own hold) plus one per
     * running evaluation; retiring drops the engine's hold, and whoever brings the count to 0 disposes it.
     */
    private static final class Generation {
        private final Consumer<RuleBase> disposer;
        final RuleBase ruleBase;
        private final AtomicInteger holds = new AtomicInteger(1);

        Generation(RuleBase ruleBase, Consumer<RuleBase> disposer) {
            this.ruleBase = ruleBase;
            this.disposer = disposer;
        }

        boolean tryAcquire() {
            while (true) {
                int n = holds.get();
                if (n == 0) {
                    return false;
                }
                if (holds.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
        }

        void release() {
            if (holds.decrementAndGet() == 0) {
                disposer.accept(ruleBase);
            }
        }

        void retire() {
            release();
        }
    }
}
