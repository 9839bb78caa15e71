package com.sesadvisor.api.eligibility;

import com.sesadvisor.api.NotFoundException;
import com.sesadvisor.eligibility.AuditEntry;
import com.sesadvisor.eligibility.AuditQuery;
import com.sesadvisor.eligibility.EligibilityService;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.InvalidProjectException;
import com.sesadvisor.engine.text.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Policy eligibility of storage projects against a named rule set; every decision lands in the audit trail. */
@RestController
@RequestMapping("/api/eligibility")
@Tag(name = "Eligibility", description = "Regulators' checks of storage projects against dated policy rule sets")
class EligibilityController {

    static final String TEXT_CSV = "text/csv";
    private static final String DEFAULT_RULE_SET = "CN-HEBEI-2024";

    private final EligibilityService eligibility;

    EligibilityController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
    @PostMapping
    @Operation(summary = "Check one project against a rule set: eligible only if every rule of the set passes")
    EligibilityDtos.CheckResponse check(@RequestBody EligibilityDtos.CheckRequest request, Principal principal,
                                        Locale locale) {
        if (request.ruleSet() == null || request.ruleSet().isBlank()) {
            throw new InvalidProjectException(List.of(new FieldProblem("ruleSet",
                    Text.of("eligibility.problem.ruleSetMissing", String.join(", ", ruleSetNames())))));
        }
        if (request.project() == null) {
            throw new InvalidProjectException(List.of(new FieldProblem("project", Text.of("eligibility.problem.projectMissing"))));
        }
        try {
            return EligibilityDtos.CheckResponse.of(eligibility.check(request.ruleSet(), request.project(),
                    principal.getName(), request.assessmentDate()), locale);
        } catch (InvalidProjectException e) {
            // Name the field as it appears in the JSON body.
            throw new InvalidProjectException(e.problems().stream()
                    .map(p -> new FieldProblem("project." + p.field(), p.message())).toList());
        }
    }

    @GetMapping("/rule-sets")
    @Operation(summary = "The loaded rule sets (every dated version) with their source document, as-of date, "
            + "effective period, version, declared checks and rules")
    List<EligibilityDtos.RuleSetResponse> ruleSets() {
        return eligibility.allVersions().stream().map(EligibilityDtos.RuleSetResponse::of).toList();
    }

    @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
    @PostMapping(value = "/batch", consumes = TEXT_CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a CSV of projects (header name,ratedPowerMw,ratedEnergyMwh,annualCycles plus the "
            + "columns the rule set requires); a bad row gets its own error, the others still run")
    EligibilityDtos.BatchResponse batch(@RequestBody String csv,
                                        @RequestParam(defaultValue = DEFAULT_RULE_SET) String ruleSet,
                                        Principal principal, Locale locale) {
        return EligibilityDtos.BatchResponse.of(eligibility.checkBatch(ruleSet, csv, principal.getName()), locale);
    }

    @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
    @PostMapping(value = "/batch", consumes = TEXT_CSV, produces = TEXT_CSV)
    ResponseEntity<String> batchCsv(@RequestBody String csv,
                                    @RequestParam(defaultValue = DEFAULT_RULE_SET) String ruleSet,
                                    Principal principal) {
        String out = eligibility.batchCsv(eligibility.checkBatch(ruleSet, csv, principal.getName()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8")).body(out);
    }

    @GetMapping(value = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
    @Operation(summary = "Past decisions, newest first; filter by project (part of the name), rule set, dates "
            + "(inclusive, yyyy-mm-dd) and user. CSV with Accept: text/csv")
    List<AuditEntry> audit(@RequestParam(required = false) String project,
                           @RequestParam(required = false) String ruleSet,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) String user,
                           @RequestParam(defaultValue = "1000") int limit) {
        return eligibility.audit(new AuditQuery(project, ruleSet, from, to, user, limit));
    }

    @GetMapping(value = "/audit", produces = TEXT_CSV)
    @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
    ResponseEntity<String> auditCsv(@RequestParam(required = false) String project,
                                    @RequestParam(required = false) String ruleSet,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) String user,
                                    @RequestParam(defaultValue = "1000") int limit) {
        String out = eligibility.auditCsv(new AuditQuery(project, ruleSet, from, to, user, limit));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"eligibility-audit.csv\"").body(out);
    }

    @GetMapping("/audit/{id}")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
    @Operation(summary = "One past decision: the exact facts, findings and rule-set version used")
    ResponseEntity<AuditEntry> auditEntry(@PathVariable long id) {
        return ResponseEntity.ok(eligibility.auditEntry(id)
                .orElseThrow(() -> new NotFoundException("No audit entry " + id + ".")));
    }

    @PostMapping("/audit/{id}/rerun")
    @PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
    @Operation(summary = "Re-run a past decision on the rules serving now (same facts and assessment date) and "
            + "show what would change; nothing is stored")
    ResponseEntity<com.sesadvisor.eligibility.RerunResult> rerun(@PathVariable long id, Principal principal) {
        return ResponseEntity.ok(eligibility.rerun(id, principal.getName())
                .orElseThrow(() -> new NotFoundException("No audit entry " + id + ".")));
    }

    private List<String> ruleSetNames() {
        return eligibility.ruleSets().stream().map(r -> r.name()).toList();
    }
}
