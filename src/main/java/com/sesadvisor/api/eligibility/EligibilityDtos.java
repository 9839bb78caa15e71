package com.sesadvisor.api.eligibility;

import com.sesadvisor.eligibility.BatchResult;
import com.sesadvisor.eligibility.BatchRow;
import com.sesadvisor.eligibility.EligibilityVerdict;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.ProjectInput;
import com.sesadvisor.eligibility.RuleCheck;
import com.sesadvisor.rules.RuleSetInfo;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Request and response bodies of the eligibility endpoints; field names are a contract (shared/spec/api.md). */
final class EligibilityDtos {

    private EligibilityDtos() {
    }

    /** Body of {@code POST /api/eligibility}. */
    record CheckRequest(
            @Schema(description = "Rule set name, see GET /api/eligibility/rule-sets", example = "CN-HEBEI-2024")
            String ruleSet,
            @Schema(description = "The project; which fields are needed depends on the rule set's 'requires'")
            ProjectInput project,
            @Schema(description = "Optional yyyy-mm-dd: judge on the version of the rule set in force that day "
                    + "(default today)", example = "2024-06-30")
            LocalDate assessmentDate) {
    }

    /** One rule's outcome. */
    record FindingResult(String ruleId, boolean passed, String message, String required, String actual) {
        static FindingResult of(RuleCheck c, Locale locale) {
            return new FindingResult(c.ruleId(), c.passed(), c.message(locale), c.required(), c.actual());
        }
    }

    /** Response of {@code POST /api/eligibility}. */
    record CheckResponse(boolean eligible, String ruleSet, String ruleSetVersion, String ruleBaseVersion,
                         String project, List<FindingResult> findings, List<String> firedRules, String decidedBy,
                         Instant decidedAt, Long auditId, LocalDate assessmentDate) {
        static CheckResponse of(EligibilityVerdict v, Locale locale) {
            return new CheckResponse(v.eligible(), v.ruleSet(), v.ruleSetVersion(), v.ruleBaseVersion(),
                    v.project().name(), v.checks().stream().map(c -> FindingResult.of(c, locale)).toList(),
                    v.firedRules(), v.decidedBy(), v.decidedAt(), v.auditId(), v.assessmentDate());
        }
    }

    /** One entry of {@code GET /api/eligibility/rule-sets}. */
    record RuleSetResponse(String name, String title, String source, LocalDate asOf, String file, String version,
                           List<String> requires, List<RuleSummary> rules, List<String> checks,
                           LocalDate effectiveFrom, LocalDate effectiveUntil) {
        static RuleSetResponse of(RuleSetInfo r) {
            return new RuleSetResponse(r.name(), r.title(), r.source(), r.asOf(), r.file(), r.version(),
                    r.requires(), r.rules().stream().map(i -> new RuleSummary(i.id(), i.title())).toList(),
                    r.checks(), r.effectiveFrom(), r.effectiveUntil());
        }
    }

    record RuleSummary(String id, String title) {
    }

    /** Response of {@code POST /api/eligibility/batch} as JSON. */
    record BatchResponse(String ruleSet, String ruleSetVersion, long eligible, long notEligible, long errors,
                         List<BatchRowResponse> rows) {
        static BatchResponse of(BatchResult r, Locale locale) {
            return new BatchResponse(r.ruleSet(), r.ruleSetVersion(), r.count(BatchRow.Status.ELIGIBLE),
                    r.count(BatchRow.Status.NOT_ELIGIBLE), r.count(BatchRow.Status.ERROR),
                    r.rows().stream().map(row -> BatchRowResponse.of(row, locale)).toList());
        }
    }

    record BatchRowResponse(int row, int line, String name, String status, Boolean eligible,
                            List<FindingResult> findings, List<FieldProblem> errors) {
        static BatchRowResponse of(BatchRow row, Locale locale) {
            EligibilityVerdict v = row.verdict();
            return new BatchRowResponse(row.row(), row.line(), row.name(), row.status().name(),
                    v == null ? null : v.eligible(),
                    v == null ? List.of() : v.checks().stream().map(c -> FindingResult.of(c, locale)).toList(),
                    row.errors());
        }
    }
}
