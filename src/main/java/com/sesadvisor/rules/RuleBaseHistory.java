package com.sesadvisor.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where every activation or refusal of a rule base is recorded: who, when, the files' hashes, a readable diff
 * against the serving rule base, and the scenario results. The application stores it in the database
 * ({@code rule_base_history}); tools and tests can use {@link #NONE}.
 */
public interface RuleBaseHistory {

    /** Records nothing. */
    RuleBaseHistory NONE = new RuleBaseHistory() {
        @Override
        public void record(Event event) {
        }

        @Override
        public List<Event> recent(int limit) {
            return List.of();
        }
    };

    void record(Event event);

    /** The newest events first. */
    List<Event> recent(int limit);

    /**
     * One activation ({@code ACTIVATED}) or refusal ({@code REFUSED}).
     *
     * @param fileHashes content hash of every rule and scenario file of the candidate, by path
     * @param diff       unified-style line diff from the serving rule base to the candidate ("" if none)
     */
    record Event(Long id, Instant at, String actor, String outcome, String version, String previousVersion,
                 Map<String, String> fileHashes, String diff, List<RuleScenario.Result> scenarioResults,
                 List<RuleCompilationException.RuleError> errors, String message) {
        public Event {
            fileHashes = Map.copyOf(fileHashes);
            scenarioResults = List.copyOf(scenarioResults);
            errors = List.copyOf(errors);
        }
    }
}
