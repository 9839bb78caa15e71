package com.sesadvisor.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a reload attempt did.
 *
 * @param succeeded     whether the new generation is now serving
 * @param trigger       who or what asked (an admin's name, or "file change")
 * @param attemptedAt   when
 * @param servingVersion the version serving after the attempt (the old one when it failed)
 * @param previousVersion the version serving before the attempt
 * @param errors        compile errors with file and line (empty on success)
 * @param message       one-line summary for admins and logs
 * @param scenarioResults every scenario's outcome on the candidate (empty if it did not get that far)
 */
public record ReloadOutcome(boolean succeeded, String trigger, Instant attemptedAt, String servingVersion,
                            String previousVersion, List<RuleCompilationException.RuleError> errors,
                            String message, List<RuleScenario.Result> scenarioResults) {

    public ReloadOutcome {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        errors = List.copyOf(errors);
        scenarioResults = scenarioResults == null ? List.of() : List.copyOf(scenarioResults);
    }
}
