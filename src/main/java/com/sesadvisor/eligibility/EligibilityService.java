package com.sesadvisor.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.ExecutionLimits;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleSetInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulator's use cases: check one project or a CSV batch against a named rule set, and find past decisions.
 * Every decision is written to the audit trail with the facts, the rule set's version and who asked.
 */
@Service
public class EligibilityService {

    static final String SINGLE = "SINGLE";
    static final String BATCH = "BATCH";

    private final EligibilityEvaluator evaluator;
    private final EligibilityAuditRepository audit;
    private final Clock clock;
    private final ObjectMapper json;

    EligibilityService(RuleEngine engine, EligibilityAuditRepository audit, Clock clock, ObjectMapper json,
                       ExecutionLimits limits) {
        this.evaluator = new EligibilityEvaluator(engine, limits, clock.getZone());
        this.audit = audit;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public List<RuleSetInfo> ruleSets() {
        return evaluator.ruleSets();
    }

    /** A rule set by name; {@link UnknownRuleSetException} if none is loaded under that name. */
    public RuleSetInfo ruleSet(String name) {
        return evaluator.ruleSet(name);
    }

    /** Field problems without judging, for forms. */
    public List<FieldProblem> validate(String ruleSet, ProjectInput input) {
        return evaluator.validate(ruleSet(ruleSet), input);
    }

    /** Judges one project on the version in force today and stores the decision. */
    @Transactional
    public EligibilityVerdict check(String ruleSet, ProjectInput input, String user) {
        return check(ruleSet, input, user, null);
    }

    /** Judges one project on the version in force on {@code assessmentDate} (today when null) and stores it. */
    @Transactional
    public EligibilityVerdict check(String ruleSet, ProjectInput input, String user, LocalDate assessmentDate) {
        EligibilityVerdict verdict = evaluator.evaluate(ruleSet, input, user, clock.instant(), assessmentDate);
        return verdict.withAuditId(audit.save(verdict, SINGLE));
    }

    /**
     * Judges {@code perRuleSet} synthetic projects (either side of every threshold) against every rule set in
     * force, nothing stored: the start-up warm-up (ops.WarmUp) runs this before readiness so that the first
     * regulator's check does not pay for class loading and JIT compilation. Returns the number of evaluations.
     */
    public int exercise(int perRuleSet) {
        Instant now = clock.instant();
        int n = 0;
        for (RuleSetInfo set : ruleSets()) {
            List<ProjectInput> inputs = new ArrayList<>(perRuleSet);
            for (int i = 0; i < perRuleSet; i++) {
                double mw = 5 + (i % 200);
                inputs.add(new ProjectInput("warm-up " + i, mw, mw * (1 + i % 6), 200.0 + i % 200, i % 2 == 0,
                        i % 3 != 0, i % 5 != 0));
            }
            n += evaluator.evaluateAll(set.name(), inputs, "warm-up", now).size();
        }
        return n;
    }

    /** Every version of every loaded rule set (dated versions side by side). */
    public List<RuleSetInfo> allVersions() {
        return evaluator.allVersions();
    }

    /** Rule sets taken out of service by a runaway evaluation, until the next successful reload. */
    public List<RuleEngine.Quarantine> quarantines() {
        return evaluator.quarantines();
    }

    /**
     * Re-runs a stored decision on the rules serving now (same project facts, same assessment date; the decision
     * date for decisions made before dated rule sets) and shows what would change. Nothing is stored.
     */
    public Optional<RerunResult> rerun(long auditId, String user) {
        return audit.find(auditId).map(entry -> {
            LocalDate date = entry.assessmentDate() != null ? entry.assessmentDate()
                    : LocalDate.ofInstant(entry.decidedAt(), clock.getZone());
            EligibilityVerdict now = evaluator.evaluate(entry.ruleSet(), entry.project(), user, clock.instant(),
                    date);
            Map<String, RuleCheck> then = new LinkedHashMap<>();
            entry.checks().forEach(c -> then.put(c.ruleId(), c));
            Map<String, RuleCheck> after = new LinkedHashMap<>();
            now.checks().forEach(c -> after.put(c.ruleId(), c));
            Set<String> ids = new LinkedHashSet<>(then.keySet());
            ids.addAll(after.keySet());
            List<RerunResult.CheckChange> changes = new ArrayList<>();
            boolean changed = entry.eligible() != now.eligible();
            for (String id : ids) {
                RuleCheck a = then.get(id);
                RuleCheck b = after.get(id);
                boolean differs = a == null || b == null || a.passed() != b.passed();
                changed |= differs;
                changes.add(new RerunResult.CheckChange(id, a == null ? null : a.passed(),
                        b == null ? null : b.passed(), a == null ? null : a.actual(), b == null ? null : b.actual(),
                        differs));
            }
            return new RerunResult(entry.id(), entry.ruleSet(), entry.ruleBaseVersion(), now.ruleBaseVersion(),
                    entry.ruleSetVersion(), now.ruleSetVersion(), entry.eligible(), now.eligible(), changed, changes);
        });
    }

    /** Judges every row of a CSV; bad rows get their own errors and the others are judged and stored. */
    @Transactional
    public BatchResult checkBatch(String ruleSet, String csv, String user) {
        RuleSetInfo info = ruleSet(ruleSet);
        List<ProjectCsv.ParsedRow> parsed = ProjectCsv.parse(csv, info.requires());
        List<ProjectInput> valid = new ArrayList<>();
        for (ProjectCsv.ParsedRow row : parsed) {
            if (row.problems().isEmpty()) {
                valid.add(row.input());
            }
        }
        Instant now = clock.instant();
        List<EligibilityEvaluator.Outcome> outcomes = evaluator.evaluateAll(ruleSet, valid, user, now);
        List<BatchRow> rows = new ArrayList<>(parsed.size());
        List<EligibilityVerdict> verdicts = new ArrayList<>();
        int next = 0;
        for (ProjectCsv.ParsedRow row : parsed) {
            String name = row.input().name();
            if (!row.problems().isEmpty()) {
                rows.add(new BatchRow(row.row(), row.line(), name, null, row.problems()));
                continue;
            }
            EligibilityEvaluator.Outcome outcome = outcomes.get(next++);
            if (outcome.verdict() == null) {
                rows.add(new BatchRow(row.row(), row.line(), name, null, outcome.problems().stream()
                        .map(p -> new FieldProblem(p.field(), Text.of("eligibility.problem.row", row.row(),
                                p.field(), p.message()))).toList()));
            } else {
                verdicts.add(outcome.verdict());
                rows.add(new BatchRow(row.row(), row.line(), name, outcome.verdict(), List.of()));
            }
        }
        audit.saveAll(verdicts, BATCH);
        return new BatchResult(info.name(), info.version(), rows);
    }

    /**
     * Pins the serving generation for a batch job (close it when the job ends); the rule set named must be
     * loaded ({@link UnknownRuleSetException}). Verdicts are judged today, by {@code user}.
     */
    public EligibilityEvaluator.Batch openBatch(String ruleSet, String user) {
        return evaluator.openBatch(ruleSet, user, clock.instant());
    }

    /** Writes batch verdicts to the audit trail in JDBC batches, inside the caller's transaction (one chunk). */
    public void auditBatch(List<EligibilityVerdict> verdicts) {
        audit.saveAll(verdicts, BATCH);
    }

    public List<AuditEntry> audit(AuditQuery query) {
        return audit.search(query, clock.getZone());
    }

    public Optional<AuditEntry> auditEntry(long id) {
        return audit.find(id);
    }

    public String auditCsv(AuditQuery query) {
        return ProjectCsv.writeAudit(audit(query));
    }

    public String auditJson(AuditQuery query) {
        try {
            return json.writeValueAsString(audit(query));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot export the audit trail", e);
        }
    }

    public String batchCsv(BatchResult result) {
        return ProjectCsv.write(result);
    }

    /** The same table as {@link #batchCsv} as an Excel workbook (.xlsx). */
    public byte[] batchXlsx(BatchResult result) {
        return BatchWorkbook.write(result);
    }
}
