package com.sesadvisor.eligibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleSetInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    EligibilityService(RuleEngine engine, EligibilityAuditRepository audit, Clock clock, ObjectMapper json) {
        this.evaluator = new EligibilityEvaluator(engine);
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

    /** Judges one project and stores the decision. */
    @Transactional
    public EligibilityVerdict check(String ruleSet, ProjectInput input, String user) {
        EligibilityVerdict verdict = evaluator.evaluate(ruleSet, input, user, clock.instant());
        return verdict.withAuditId(audit.save(verdict, SINGLE));
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
