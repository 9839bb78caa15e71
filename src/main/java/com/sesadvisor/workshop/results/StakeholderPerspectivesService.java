package com.sesadvisor.workshop.results;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.RankingOutcome;
import com.sesadvisor.analysis.RankingService;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.engine.finance.party.PartyText;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import com.sesadvisor.engine.recommend.conflict.Perspective;
import com.sesadvisor.engine.recommend.conflict.PerspectiveConflicts;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.sources.IndicatorSourceChoiceRepository;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import com.sesadvisor.workshop.group.GroupJudgementAggregator;
import com.sesadvisor.workshop.group.GroupSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholder perspectives for the facilitator: the participants grouped by organisation type, each group run
 * through the same aggregation ({@link GroupJudgementAggregator}, with the group as the whole committee: its own
 * quorum, S* and, for committee-compared indicators, its own comparison of the models) and the same ranking
 * pipeline as the committee, then {@link PerspectiveConflicts} between the groups' rankings. Facilitators and
 * administrators only: a group's figures are the view of a few named organisations.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
public class StakeholderPerspectivesService {

    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final ExpertJudgementRepository judgements;
    private final GroupJudgementAggregator groups;
    private final IndicatorSourceChoiceRepository sources;
    private final RankingService ranking;

    StakeholderPerspectivesService(WorkshopRepository workshops, ParticipantRepository participants,
                                   ExpertJudgementRepository judgements, GroupJudgementAggregator groups,
                                   IndicatorSourceChoiceRepository sources, RankingService ranking) {
        this.workshops = workshops;
        this.participants = participants;
        this.judgements = judgements;
        this.groups = groups;
        this.sources = sources;
        this.ranking = ranking;
    }

    /**
     * Every stakeholder group with members, in {@link OrganisationType} order, ranked under the committee's
     * scenario, eligibility, {@code mechanism} and {@code view} (default ranking options).
     *
     * @param committee the committee's results (scenario and eligibility are the project's, not a group's)
     */
    public StakeholderPerspectives perspectives(WorkshopResults committee, ProfitMechanism mechanism,
                                                CashFlowView view) {
        long id = committee.outcome().workshopId();
        Workshop w = workshops.findById(id).orElseThrow(() -> new WorkshopNotFoundException(id));
        AnalysisInput base = committee.analysisInput(mechanism, view, false);
        List<Participant> people = participants.findByWorkshopIdOrderById(id);
        List<ExpertJudgement> answers = judgements.findByParticipantWorkshopId(id);
        Map<String, IndicatorSources.Plan> plans = IndicatorSources.plan(WorkshopHierarchy.displayed(w.getNodes()),
                sources.findByWorkshopIdOrderById(id));
        List<StakeholderPerspectives.Group> out = new ArrayList<>();
        List<Perspective> ranked = new ArrayList<>();
        for (OrganisationType type : OrganisationType.values()) {
            List<Participant> members = people.stream()
                    .filter(p -> p.profile().organisationType() == type).toList();
            int experts = (int) members.stream().filter(p -> !p.isRevoked()).count();
            if (experts == 0) {
                continue;
            }
            if (experts < 2 && w.isAnonymiseExperts()) {
                out.add(new StakeholderPerspectives.Group(type, experts, Optional.empty(),
                        StakeholderPerspectives.Status.HIDDEN, null, Map.of(), List.of()));
                continue;
            }
            java.util.Set<Long> ids = members.stream().map(Participant::getId).collect(java.util.stream.Collectors.toSet());
            List<ExpertJudgement> theirs = answers.stream().filter(j -> ids.contains(j.getParticipant().getId()))
                    .toList();
            GroupSnapshot s = groups.compute(w, members, theirs);
            WorkshopOutcome o = CommitteeWeightsService.describe(w, s);
            WorkshopRankingService.Sourced sourced = WorkshopRankingService.indicators(o, s.nodes(), plans);
            Optional<Double> consensus = s.hierarchyConsensusExperts() >= 2
                    ? s.hierarchyConsensus().map(c -> c.sStar()) : Optional.empty();
            if (sourced.weights().isEmpty()) {
                out.add(new StakeholderPerspectives.Group(type, experts, consensus,
                        StakeholderPerspectives.Status.NO_RANKING, why(s, committee), Map.of(), List.of()));
                continue;
            }
            AnalysisInput in = new AnalysisInput(base.assumptions(), mechanism, view, sourced.weights(),
                    base.eligible(), base.ruleSetName(), sourced.supplied());
            RankingOutcome r = ranking.rank(in, RecommendationOptions.defaults());
            StakeholderPerspectives.Status status = experts == 1 ? StakeholderPerspectives.Status.SINGLE
                    : s.provisional() ? StakeholderPerspectives.Status.PROVISIONAL
                    : StakeholderPerspectives.Status.COMPLETE;
            out.add(new StakeholderPerspectives.Group(type, experts, consensus, status,
                    status == StakeholderPerspectives.Status.PROVISIONAL ? why(s, committee) : null,
                    sourced.weights(), r.recommendation().ranking()));
            ranked.add(Perspective.of(type.name(), r.recommendation()));
        }
        return new StakeholderPerspectives(mechanism, view, w.settings().aggregation(), out,
                PerspectiveConflicts.of(ranked), committee.names());
    }

    /** Why a group's result is provisional or has no ranking: unanswered nodes, nodes below quorum, or values. */
    static Text why(GroupSnapshot s, WorkshopResults committee) {
        Map<String, String> names = committee.names();
        if (!s.missingNodes().isEmpty()) {
            return PartyText.REASON_MISSING.with(TextLists.commas(s.missingNodes().stream()
                    .map(n -> names.getOrDefault(n, n)).toList()));
        }
        if (!s.belowQuorum().isEmpty()) {
            return PartyText.REASON_QUORUM.with(s.quorum().required(), TextLists.commas(s.belowQuorum().stream()
                    .map(n -> names.getOrDefault(n, n)).toList()));
        }
        return PartyText.REASON_VALUES.with();
    }
}
