package com.sesadvisor.api;

import com.sesadvisor.rules.ReloadOutcome;
import com.sesadvisor.rules.RuleBase;
import com.sesadvisor.rules.RuleBaseHistory;
import com.sesadvisor.rules.RuleBaseReloader;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleSetInfo;
import com.sesadvisor.rules.RuleScenario;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rule base: what is serving, each rule set's scenarios and their last results, history; admins reload. */
@RestController
@RequestMapping("/api/rules")
@Tag(name = "Rules", description = "Rule-base status, scenarios, history and administration")
class RulesController {

    private final RuleBaseReloader reloader;
    private final RuleEngine engine;

    RulesController(RuleBaseReloader reloader, RuleEngine engine) {
        this.reloader = reloader;
        this.engine = engine;
    }

    /** The serving rule base, each rule set with its scenarios and their last results, quarantines, last reload. */
    record RulesStatus(String version, Instant loadedAt, String location, boolean packaged, int files, int rules,
                       List<RuleSetStatus> ruleSets, List<RuleEngine.Quarantine> quarantined,
                       ReloadOutcome lastReload) {
    }

    record RuleSetStatus(String name, String file, String version, LocalDate effectiveFrom, LocalDate effectiveUntil,
                         List<String> checks, List<ScenarioStatus> scenarios) {
    }

    /**
     * A scenario with its result on the serving rule base and, if the last reload was refused, on that candidate.
     */
    record ScenarioStatus(int line, String name, String expected, RuleScenario.Result serving,
                          RuleScenario.Result lastCandidate) {
    }

    @GetMapping
    @Operation(summary = "The serving rule base: version, location (folder or packaged read-only), each rule set's "
            + "declared checks and scenarios with their last results, quarantined rule sets and the last reload")
    RulesStatus status() {
        RuleBase rb = engine.current();
        ReloadOutcome last = reloader.lastOutcome().orElse(null);
        List<RuleScenario.Result> candidate = last == null || last.succeeded() ? List.of() : last.scenarioResults();
        List<RuleSetStatus> sets = RuleSetInfo.all(rb).stream().map(s -> new RuleSetStatus(s.name(), s.file(),
                s.version(), s.effectiveFrom(), s.effectiveUntil(), s.checks(), s.scenarios().stream()
                .map(sc -> new ScenarioStatus(sc.line(), sc.name(), sc.expected(),
                        find(rb.scenarioResults(), sc), find(candidate, sc))).toList())).toList();
        return new RulesStatus(rb.version(), rb.loadedAt(), rb.location(), rb.packaged(), rb.files().size(),
                rb.rules().size(), sets, engine.quarantines(), last);
    }

    @GetMapping("/history")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
    @Operation(summary = "Every activation and refusal of a rule base, newest first: who, when, file hashes, a "
            + "readable diff, scenario results and errors with file and line")
    List<RuleBaseHistory.Event> history(@RequestParam(defaultValue = "50") int limit) {
        return reloader.history(limit);
    }

    /** 200 with the new version, or 422 with the errors (the last good rule base keeps serving). */
    @PostMapping("/reload")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Recompile the rules folder and run every scenario; on any error or failing scenario the "
            + "last good rule base keeps serving (admins only)")
    ResponseEntity<ReloadOutcome> reload(Principal principal) {
        ReloadOutcome outcome = reloader.reload(principal.getName());
        return ResponseEntity.status(outcome.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(outcome);
    }

    private static RuleScenario.Result find(List<RuleScenario.Result> results, RuleScenario sc) {
        return results.stream().filter(r -> r.file().equals(sc.file()) && r.name().equals(sc.name())).findFirst()
                .orElse(null);
    }
}
