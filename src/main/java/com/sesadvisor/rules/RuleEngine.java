package com.sesadvisor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs facts through the current rule base in a fresh session that is always disposed, and records which rules
 * fired. Java computes the facts; the rules compare them and insert {@link Finding}s.
 */
public final class RuleEngine {

    private final AtomicReference<RuleBase> current;

    public RuleEngine(RuleBase initial) {
        this.current = new AtomicReference<>(initial);
    }

    public RuleBase current() {
        return current.get();
    }

    /** Swaps in a new generation and returns the old one (for the caller to dispose). */
    public RuleBase replace(RuleBase next) {
        return current.getAndSet(next);
    }

    public RuleEvaluation evaluate(Collection<?> facts) {
        RuleBase ruleBase = current.get();
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
            findings.sort(java.util.Comparator.comparing(Finding::ruleId));
            return new RuleEvaluation(findings, fired, ruleBase.version());
        } finally {
            session.dispose();
        }
    }
}
