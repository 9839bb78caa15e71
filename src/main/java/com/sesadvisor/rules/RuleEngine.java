package com.sesadvisor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

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

    private final AtomicReference<Generation> current;
    private final Consumer<RuleBase> disposer;

    /** An engine whose replaced generations are simply dropped (tests, tools). */
    public RuleEngine(RuleBase initial) {
        this(initial, rb -> { });
    }

    /** An engine that hands each retired generation to {@code disposer} once no evaluation uses it any more. */
    public RuleEngine(RuleBase initial, Consumer<RuleBase> disposer) {
        this.disposer = disposer;
        this.current = new AtomicReference<>(new Generation(initial));
    }

    public RuleBase current() {
        return current.get().ruleBase;
    }

    /**
     * Swaps in a new generation and returns the old one. The old generation is disposed (via the disposer given
     * at construction) as soon as the evaluations still running on it have finished; callers must not dispose it.
     */
    public RuleBase replace(RuleBase next) {
        Generation old = current.getAndSet(new Generation(next));
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

    /** Evaluates on a given generation; the caller must hold it pinned (see {@link #withCurrent}). */
    public static RuleEvaluation evaluate(RuleBase ruleBase, Collection<?> facts) {
        KieSession session = ruleBase.container().newKieSession();
        List<String> fired = new ArrayList<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String name = event.getMatch().getRule().getName();
                    int space = name.indexOf(' ');
                    fired.add(space < 0 ? name : name.substring(0, space));
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(Finding.class::isInstance)) {
                findings.add((Finding) o);
            }
            findings.sort(Comparator.comparing(Finding::ruleId));
            return new RuleEvaluation(findings, fired, ruleBase.version());
        } finally {
            session.dispose();
        }
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
    private final class Generation {
        final RuleBase ruleBase;
        private final AtomicInteger holds = new AtomicInteger(1);

        Generation(RuleBase ruleBase) {
            this.ruleBase = ruleBase;
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
