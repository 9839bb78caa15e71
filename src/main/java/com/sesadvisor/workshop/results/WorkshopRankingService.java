package com.sesadvisor.workshop.results;

import com.sesadvisor.workshop.group.GroupJudgementAggregator;
import com.sesadvisor.workshop.group.GroupSnapshot;
import com.sesadvisor.workshop.group.NodeGroupResult;
import com.sesadvisor.workshop.group.WorkshopFinding;
import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.eligibility.EligibilityService;
import com.sesadvisor.eligibility.EligibilityVerdict;
import com.sesadvisor.eligibility.FieldProblem;
import com.sesadvisor.eligibility.InvalidProjectException;
import com.sesadvisor.eligibility.ProjectInput;
import com.sesadvisor.eligibility.UnknownRuleSetException;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.recommend.CriteriaCatalogue;
import com.sesadvisor.engine.recommend.Criterion;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.security.Actor;
import com.sesadvisor.security.Role;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.invitation.InvalidInvitationException;
import com.sesadvisor.workshop.invitation.InvitationTokens;
import com.sesadvisor.workshop.sources.IndicatorSourceChoiceRepository;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.engine.recommend.AlternativesLevel;
import com.sesadvisor.engine.recommend.IndicatorSource;
import com.sesadvisor.engine.recommend.ScenarioIndicators;
import com.sesadvisor.engine.recommend.SuppliedIndicator;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
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
 * {@link WorkshopResults} (which gives the analysis its input). Facilitators and administrators always; experts (with an account, or through their
 * personal invitation link) only when the workshop shares the group result with them, and then without anything that
 * names another expert.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN','EXPERT')")
public class WorkshopRankingService {

    /** How an eligibility check made from an invitation link is recorded in the audit trail (plus the participant id). */
    public static final String INVITATION_USER_PREFIX = "invitation:";

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final GroupJudgementAggregator groups;
    private final InvitationTokens tokens;
    private final EligibilityService eligibility;
    private final IndicatorSourceChoiceRepository sources;

    private final Actor actor;

    WorkshopRankingService(WorkshopRepository workshops, ParticipantRepository participants,
                           ExpertJudgementRepository judgements, GroupJudgementAggregator groups, InvitationTokens tokens,
                           EligibilityService eligibility, IndicatorSourceChoiceRepository sources, Actor actor) {
        this.sources = sources;
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
        List<Participant> people = participants.findByWorkshopIdOrderById(workshopId);
        List<com.sesadvisor.workshop.ExpertJudgement> answers = judgements.findByParticipantWorkshopId(workshopId);
        GroupSnapshot snapshot = groups.compute(w, people, answers);
        WorkshopOutcome o = CommitteeWeightsService.describe(w, snapshot);
        WorkshopSetup setup = WorkshopSetupService.describe(w);
        Map<String, String> names = new LinkedHashMap<>();
        for (CriteriaNode n : WorkshopHierarchy.displayed(w.getNodes())) {
            names.put(n.id(), n.name());
        }
        if (forExperts) {
            o = withoutIndividuals(o, names);
        }
        Map<String, IndicatorSources.Plan> plans = IndicatorSources.plan(WorkshopHierarchy.displayed(w.getNodes()),
                sources.findByWorkshopIdOrderById(workshopId));
        Sourced sourced = indicators(o, snapshot.nodes(), plans);
        List<ProfitMechanism> mechanisms = o.mechanisms().stream().sorted().toList();
        WorkshopResults.Eligibility eligibility = check(o, user);
        return new WorkshopResults(o, names, sourced.rows(), sourced.weights(), sourced.supplied(),
                equalWeights(names.keySet()), mechanisms, eligibility, w.settings().consensusThreshold(),
                CommitteeRecords.build(w, people, answers, snapshot, eligibility, !forExperts,
                        WorkshopHierarchy.viewerLocale()));
    }

    /** Every indicator with its source, the ranking's weights and the supplied columns. */
    record Sourced(List<WorkshopResults.IndicatorRow> rows, Map<String, Double> weights,
                   List<SuppliedIndicator> supplied) {
    }

    /**
     * Gives every indicator of the hierarchy its values: the finance model, the scenario, the committee's
     * alternatives-level comparison (group priorities of CSSES, TISES, DSSES) or rating, or the facilitator's
     * exclusion. The ranking's weights are the committee's global weights of every indicator that is not excluded;
     * they are renormalised only to make up for an exclusion (the results name it). Until the committee's weights and
     * every committee-compared indicator's values exist there are no ranking weights (the results offer equal
     * weights explicitly and say what is missing).
     */
    static Sourced indicators(WorkshopOutcome o, List<NodeGroupResult> nodes, Map<String, IndicatorSources.Plan> plans) {
        Map<String, NodeGroupResult> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.nodeId(), n));
        boolean weightsKnown = !o.leafWeights().isEmpty();
        List<WorkshopResults.IndicatorRow> rows = new ArrayList<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        List<SuppliedIndicator> supplied = new ArrayList<>();
        boolean missingValues = false;
        for (IndicatorSources.Plan p : plans.values()) {
            double weight = o.leafWeights().getOrDefault(p.indicatorId(), 0.0);
            SuppliedIndicator column = null;
            Double cr = null;
            int experts = 0;
            boolean available = true;
            switch (p.source()) {
                case FINANCE, EXCLUDED -> {
                }
                case SCENARIO -> column = ScenarioIndicators.column(p.indicatorId(), p.name(), o.assumptions())
                        .withDetail("scenario: " + ScenarioIndicators.field(p.indicatorId()).orElseThrow().key()
                                + " (one plant for all three models)");
                case COMMITTEE_PAIRWISE -> {
                    NodeGroupResult g = byId.get(p.indicatorId());
                    if (g == null || g.group().isEmpty()) {
                        available = false;
                    } else {
                        cr = g.groupAssessment().map(a -> a.result().cr()).orElse(null);
                        experts = g.group().get().experts().size();
                        column = AlternativesLevel.fromPriorities(AlternativesLevel.criterion(p.indicatorId(),
                                        p.name(), "", "committee: pairwise comparison of the models"),
                                g.group().get().weights())
                                .withDetail("committee pairwise comparison of the models, " + experts
                                        + " expert(s), " + o.aggregation().name()
                                        + (cr == null ? "" : String.format(java.util.Locale.ROOT, ", CR %.3f", cr)));
                    }
                }
                case COMMITTEE_RATING -> column = AlternativesLevel.fromRatings(AlternativesLevel.criterion(
                                p.indicatorId(), p.name(), "", "committee: rating 1-9"), p.ratings())
                        .withDetail("committee rating 1-9 (" + p.decidedBy() + "): " + p.reason());
            }
            Map<com.sesadvisor.engine.finance.InvestmentModel, Double> values = column == null ? Map.of()
                    : column.values();
            rows.add(new WorkshopResults.IndicatorRow(p.indicatorId(), p.name(), p.parentName(), weight, p.source(),
                    p.recorded(), values, cr, experts, p.reason(), p.decidedBy(), p.decidedAt(), p.version(),
                    available));
            if (p.source() == IndicatorSource.EXCLUDED || !(weight > 0)) {
                continue;
            }
            if (!available) {
                missingValues = true;
                continue;
            }
            weights.put(p.indicatorId(), weight);
            if (column != null) {
                supplied.add(column);
            }
        }
        if (!weightsKnown || missingValues || weights.isEmpty()) {
            return new Sourced(rows, Map.of(), List.of());
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        // equals 1 unless the facilitator excluded weighted indicators: then the rest is scaled up, and said so
        weights.replaceAll((k, v) -> v / total);
        return new Sourced(rows, weights, supplied);
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

    private static void requireShared(Workshop w, boolean staff) {
        if (!staff && !w.settings().expertsSeeGroup()) {
            throw new AccessDeniedException("This workshop does not share its group result with experts");
        }
    }

    private String currentUser() {
        return actor.name("anonymous");
    }
}
