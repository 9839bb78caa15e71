package com.sesadvisor.workshop.results;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.MoneyFormat;
import com.sesadvisor.analysis.ReportContext;
import com.sesadvisor.analysis.report.PdfReportWriter;
import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.eligibility.EligibilityService;
import com.sesadvisor.eligibility.EligibilityVerdict;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.InvalidProjectException;
import com.sesadvisor.eligibility.ProjectInput;
import com.sesadvisor.eligibility.UnknownRuleSetException;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.security.Actor;
import com.sesadvisor.security.Role;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.InvalidInvitationException;
import com.sesadvisor.workshop.InvitationTokens;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a workshop's group result into an analysis: maps the committee's indicator weights to ranking criteria
 * ({@link CriteriaCatalogue}), runs the workshop's eligibility rule set on the scenario's project, and builds the
 * {@link AnalysisInput}. Facilitators and administrators always; experts (with an account, or through their
 * personal invitation link) only when the workshop shares the group result with them, and then without anything that
 * names another expert.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN','EXPERT')")
public class WorkshopRankingService {

    /** The view the committee's ranking uses unless they choose another: the project's after-tax cash flows. */
    public static final CashFlowView DEFAULT_VIEW = CashFlowView.PROJECT_AFTER_TAX;

    /** How an eligibility check made from an invitation link is recorded in the audit trail (plus the participant id). */
    public static final String INVITATION_USER_PREFIX = "invitation:";

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final GroupJudgementAggregator groups;
    private final InvitationTokens tokens;
    private final EligibilityService eligibility;

    private final Actor actor;

    WorkshopRankingService(WorkshopRepository workshops, ParticipantRepository participants,
                           ExpertJudgementRepository judgements, GroupJudgementAggregator groups, InvitationTokens tokens,
                           EligibilityService eligibility, Actor actor) {
        this.actor = actor;
        this.workshops = workshops;
        this.participants = participants;
        this.judgements = judgements;
        this.groups = groups;
        this.tokens = tokens;
        this.eligibility = eligibility;
    }

    /**
     * The workshop's results as they stand now. Runs (and audits) the eligibility check when the workshop has a
     * rule set and the scenario supplies every fact it needs.
     *
     * @throws WorkshopNotFoundException for an unknown id
     * @throws AccessDeniedException     for an expert when the workshop does not share the group result
     */
    public WorkshopResults results(long workshopId) {
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        boolean staff = actor.hasAnyRole(Role.FACILITATOR, Role.ADMIN);
        if (!staff && !participants.existsByWorkshopIdAndContactIgnoreCase(workshopId, actor.name(""))) {
            // an expert account sees only the workshops it is invited to (participant contact = user name)
            throw new AccessDeniedException("Not invited to workshop " + workshopId);
        }
        requireShared(w, staff);
        return assemble(w, currentUser(), !staff);
    }

    /**
     * The same results for the holder of a personal invitation link, who has no account: the link is the credential
     * and is checked here, on every call, exactly as on the invitation page. Open to anonymous callers for that
     * reason (the method-level annotation replaces the class's role check).
     *
     * @throws InvalidInvitationException for an unknown, expired or revoked link (nothing of the workshop is read)
     * @throws AccessDeniedException      when the workshop does not share the group result with experts
     */
    @PreAuthorize("permitAll()")
    public WorkshopResults resultsForInvitation(String token) {
        Participant p = tokens.valid(token);
        Workshop w = p.getWorkshop();
        requireShared(w, false);
        // the audit trail's "decided by" names the link, not a person: the participant's id is enough to trace it
        return assemble(w, INVITATION_USER_PREFIX + p.getId(), true);
    }

    private WorkshopResults assemble(Workshop w, String user, boolean forExperts) {
        long workshopId = w.getId();
        WorkshopOutcome o = CommitteeWeightsService.describe(w, groups.compute(w,
                participants.findByWorkshopIdOrderById(workshopId), judgements.findByParticipantWorkshopId(workshopId)));
        WorkshopSetup setup = WorkshopSetupService.describe(w);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        for (CriteriaNode n : setup.hierarchy()) {
            names.put(n.id(), n.name());
            parents.put(n.id(), n.parentId());
        }
        if (forExperts) {
            o = withoutIndividuals(o, names);
        }
        Map<String, Double> finance = new LinkedHashMap<>();
        List<WorkshopResults.DroppedLeaf> dropped = new ArrayList<>();
        map(o.leafWeights(), names, parents, finance, dropped);
        List<ProfitMechanism> mechanisms = o.mechanisms().stream().sorted().toList();
        return new WorkshopResults(o, names, finance, dropped, equalWeights(names.keySet()), mechanisms,
                check(o, user), w.settings().consensusThreshold());
    }

    /**
     * What an expert may read of the outcome: the group's figures, but no finding that names another expert or
     * gives their CR (those are for the facilitator's live view). The finding itself stays, so the expert still
     * learns that an inconsistent expert was kept or left out at that node.
     */
    static WorkshopOutcome withoutIndividuals(WorkshopOutcome o, Map<String, String> names) {
        List<WorkshopFinding> findings = new ArrayList<>();
        for (WorkshopFinding f : o.findings()) {
            boolean kept = WorkshopFinding.Code.INCONSISTENT_EXPERT_KEPT.equals(f.code());
            boolean excluded = WorkshopFinding.Code.INCONSISTENT_EXPERT_EXCLUDED.equals(f.code());
            if (kept || excluded) {
                String node = names.getOrDefault(f.nodeId(), f.nodeId());
                findings.add(new WorkshopFinding(f.code(), f.nodeId(), Text.of(kept
                        ? "workshop.findingDetail.anExpertKept" : "workshop.findingDetail.anExpertExcluded",
                        node, AhpAssessment.INCONSISTENT_RULE)));
            } else {
                findings.add(f);
            }
        }
        return new WorkshopOutcome(o.workshopId(), o.name(), o.assumptions(), o.mechanisms(), o.ruleSet(),
                o.leafWeights(), o.criteriaWeights(), o.complete(), o.missingNodes(), o.aggregation(),
                o.hierarchyConsensus(), o.nodeConsensus(), findings, o.quorum(), o.nodeExperts());
    }

    /**
     * Splits leaf weights into ranking criteria (renormalised to sum to 1) and the rest; indicators without weight
     * are neither used nor reported.
     */
    static void map(Map<String, Double> leafWeights, Map<String, String> names, Map<String, String> parents,
                    Map<String, Double> finance, List<WorkshopResults.DroppedLeaf> dropped) {
        double sum = 0;
        for (Map.Entry<String, Double> e : leafWeights.entrySet()) {
            double weight = e.getValue() == null ? 0 : e.getValue();
            if (!(weight > 0)) {
                continue;
            }
            if (isCriterion(e.getKey())) {
                finance.put(e.getKey(), weight);
                sum += weight;
            } else {
                String parent = parents.get(e.getKey());
                dropped.add(new WorkshopResults.DroppedLeaf(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
                        parent == null ? "" : names.getOrDefault(parent, parent), weight));
            }
        }
        double total = sum;
        finance.replaceAll((k, v) -> v / total);
    }

    /** Equal weights over the hierarchy's ranking criteria, or the paper's seven when it has none. */
    static Map<String, Double> equalWeights(Set<String> nodeIds) {
        List<String> ids = CriteriaCatalogue.ALL.stream().map(Criterion::id).filter(nodeIds::contains).toList();
        if (ids.isEmpty()) {
            ids = CriteriaCatalogue.PAPER_TABLE_3_4.stream().map(Criterion::id).toList();
        }
        Map<String, Double> w = new LinkedHashMap<>();
        for (String id : ids) {
            w.put(id, 1.0 / ids.size());
        }
        return w;
    }

    private static boolean isCriterion(String id) {
        return CriteriaCatalogue.ALL.stream().anyMatch(c -> c.id().equals(id));
    }

    /** The scenario's project as the eligibility rules see it: rated power, rated energy and cycles per year. */
    static ProjectInput project(String name, Assumptions a) {
        return new ProjectInput(name, a.get(AssumptionField.RATED_POWER_MW), a.get(AssumptionField.RATED_ENERGY_MWH),
                a.get(AssumptionField.CYCLES_PER_YEAR), null, null, null);
    }

    private WorkshopResults.Eligibility check(WorkshopOutcome o, String user) {
        if (o.ruleSet().isEmpty()) {
            return WorkshopResults.Eligibility.none();
        }
        String set = o.ruleSet().get();
        ProjectInput project = project(o.name(), o.assumptions());
        try {
            List<FieldProblem> problems = eligibility.validate(set, project);
            if (!problems.isEmpty()) {
                return notRun(set, problems);
            }
            EligibilityVerdict v = eligibility.check(set, project, user);
            return new WorkshopResults.Eligibility(WorkshopResults.EligibilityStatus.CHECKED, set, v.eligible(),
                    v.checks(), List.of(), v.ruleSetVersion());
        } catch (InvalidProjectException e) {
            return notRun(set, e.problems());
        } catch (UnknownRuleSetException e) {
            return notRun(set, List.of(new FieldProblem("ruleSet", Text.of("eligibility.problem.ruleSetNotLoaded", set))));
        }
    }

    private static WorkshopResults.Eligibility notRun(String set, List<FieldProblem> problems) {
        return new WorkshopResults.Eligibility(WorkshopResults.EligibilityStatus.NOT_RUN, set, null, List.of(),
                problems, null);
    }

    /**
     * The analysis of the workshop under one of its mechanisms.
     *
     * @param equalWeights use {@link WorkshopResults#equalWeights()} instead of the committee's (only when the
     *                     committee gave the finance indicators no weight)
     */
    public static AnalysisInput analysisInput(WorkshopResults r, ProfitMechanism mechanism, CashFlowView view,
                                              boolean equalWeights) {
        if (!r.mechanisms().contains(mechanism)) {
            throw new WorkshopInputException("mechanism", Text.of("workshop.results.error.mechanismNotChosen",
                    Text.of("analysis.mechanism." + mechanism.name())));
        }
        Map<String, Double> weights = equalWeights || !r.hasFinanceWeights() ? r.equalWeights() : r.financeWeights();
        WorkshopResults.Eligibility e = r.eligibility();
        return new AnalysisInput(r.outcome().assumptions(), mechanism, view, weights, e.eligible(),
                e.status() == WorkshopResults.EligibilityStatus.CHECKED ? e.ruleSet() : null);
    }

    /**
     * Heading for the report: the workshop and where its weights come from, in the report's language.
     *
     * @param locale   the report's language (number formats)
     * @param messages translations in that language
     */
    public static ReportContext reportContext(WorkshopResults r, boolean equalWeights, java.util.Locale locale,
                                              PdfReportWriter.Messages messages) {
        WorkshopOutcome o = r.outcome();
        List<String> lines = new ArrayList<>();
        String consensus = o.hierarchyConsensus().map(c -> messages.get("workshop.consensus.value",
                MoneyFormat.percent(c.sStar(), 1, locale),
                messages.get("workshop.consensus." + c.label().replace(' ', '_'))))
                .orElse(messages.get("workshop.report.noConsensus"));
        if (o.provisional()) {
            // below the quorum (or incomplete) nothing is called the committee's or a consensus
            lines.add(messages.get("workshop.report.provisional", o.fewestExperts(), o.quorum().invited(),
                    o.quorum().required()));
            lines.add(equalWeights || !r.hasFinanceWeights() ? messages.get("workshop.report.weightsEqualProvisional")
                    : messages.get("workshop.report.weightsProvisional", o.aggregation().name()));
        } else {
            lines.add(equalWeights || !r.hasFinanceWeights() ? messages.get("workshop.report.weightsEqual")
                    : messages.get("workshop.report.weightsGroup", o.aggregation().name(), consensus));
        }
        if (!o.complete()) {
            lines.add(messages.get("workshop.report.incomplete", String.join(", ",
                    o.missingNodes().stream().map(n -> r.names().getOrDefault(n, n)).toList())));
        }
        if (!r.dropped().isEmpty()) {
            lines.add(messages.get("workshop.report.dropped", String.join(", ", r.dropped().stream()
                    .map(d -> d.id() + " " + MoneyFormat.percent(d.weight(), 1, locale)).toList())));
        }
        WorkshopResults.Eligibility e = r.eligibility();
        if (e.status() == WorkshopResults.EligibilityStatus.NOT_RUN) {
            lines.add(messages.get("workshop.report.eligibilityNotRun", e.ruleSet(), String.join(", ",
                    e.missing().stream().map(FieldProblem::field).toList())));
        } else if (e.status() == WorkshopResults.EligibilityStatus.CHECKED && !e.failedRuleIds().isEmpty()) {
            lines.add(messages.get("workshop.report.failedRules", String.join(", ", e.failedRuleIds())));
        }
        return new ReportContext(messages.get(o.provisional() ? "workshop.report.titleProvisional"
                : "workshop.report.title", o.name()), lines);
    }

    private static void requireShared(Workshop w, boolean staff) {
        if (!staff && !w.settings().expertsSeeGroup()) {
            throw new AccessDeniedException("This workshop does not share its group result with experts");
        }
    }

    private String currentUser() {
        return actor.name("anonymous");
    }
}
