package com.sesadvisor.workshop.group;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.assessment.AhpAssessment;
import com.sesadvisor.assessment.AhpAssessmentService;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.ahp.group.Consensus;
import com.sesadvisor.engine.ahp.group.ConsensusScale;
import com.sesadvisor.engine.ahp.group.GroupAhp;
import com.sesadvisor.engine.ahp.group.GroupResult;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.consistency.NodeConsistency;
import com.sesadvisor.workshop.consistency.NodeConsistencyCalculator;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import com.sesadvisor.workshop.sources.IndicatorSourceChoice;
import com.sesadvisor.workshop.sources.IndicatorSourceChoiceRepository;
import com.sesadvisor.workshop.sources.IndicatorSources;
import com.sesadvisor.workshop.WorkshopSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns the stored judgements of a workshop into group weights and consensus with {@link GroupAhp}: per node, the
 * experts who finished it (weighted by their expertise, renormalised over those experts), then the global weights
 * down the hierarchy. Shared by the facilitator's live view, the experts' group view and the results hand-over.
 */
@Component
public class GroupJudgementAggregator {

    private final GroupAhp groupAhp = new GroupAhp();
    private final NodeConsistencyCalculator consistency;
    private final AhpAssessmentService assessments;

    private final IndicatorSourceChoiceRepository sources;

    GroupJudgementAggregator(NodeConsistencyCalculator consistency, AhpAssessmentService assessments,
                             IndicatorSourceChoiceRepository sources) {
        this.sources = sources;
        this.consistency = consistency;
        this.assessments = assessments;
    }

    public GroupSnapshot compute(Workshop workshop, List<Participant> participants, List<ExpertJudgement> judgements) {
        WorkshopSettings settings = workshop.settings();
        Hierarchy hierarchy = WorkshopHierarchy.built(workshop.getNodes());
        Map<String, ExpertJudgement> byKey = new HashMap<>();
        judgements.forEach(j -> byKey.put(j.getParticipant().getId() + "/" + j.getNodeId(), j));

        List<NodeGroupResult> nodes = new ArrayList<>();
        List<WorkshopFinding> findings = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        Map<String, double[]> groupLocal = new HashMap<>();
        Map<Long, Map<String, double[]>> expertLocal = new HashMap<>();
        List<String> missing = new ArrayList<>();
        List<IndicatorSourceChoice> choices = workshop.getId() == null ? List.of()
                : sources.findByWorkshopIdOrderById(workshop.getId());
        // the criteria nodes, then one alternatives node per indicator the committee compares the models under
        for (HierarchyNode node : IndicatorSources.comparisonNodes(hierarchy,
                WorkshopHierarchy.displayed(workshop.getNodes()), choices)) {
            NodeGroupResult r = node(node, participants, byKey, settings, findings, expertLocal);
            nodes.add(r);
            if (r.group().isEmpty()) {
                missing.add(node.id());
                findings.add(new WorkshopFinding(WorkshopFinding.Code.NODE_WITHOUT_JUDGEMENTS, node.id(),
                        Text.of("workshop.findingDetail.nodeEmpty", node.name())));
                continue;
            }
            GroupResult g = r.group().get();
            groupLocal.put(node.id(), g.weights());
            if (!r.consensusReached()) {
                findings.add(new WorkshopFinding(WorkshopFinding.Code.CONSENSUS_BELOW_THRESHOLD, node.id(),
                        Text.of("workshop.findingDetail.consensusLow", g.consensus().sStar(),
                                Text.of(WorkshopText.consensus(g.consensus().label())),
                                settings.consensusThreshold(), node.name())));
            }
            r.groupAssessment().filter(a -> !a.consistent()).ifPresent(a -> findings.add(new WorkshopFinding(
                    AhpAssessment.INCONSISTENT_RULE, node.id(), Text.of("workshop.findingDetail.groupInconsistent",
                    node.name(), a.result().cr()))));
            double[][] gsd = g.geometricStdDev();
            if (g.experts().size() >= 2) {
                for (int i = 0; i < gsd.length; i++) {
                    for (int j = i + 1; j < gsd.length; j++) {
                        disagreements.add(new Disagreement(node.id(), node.name(), r.elementNames().get(i),
                                r.elementNames().get(j), gsd[i][j], g.aggregatedMatrix().get(i, j)));
                    }
                }
            }
        }
        disagreements.sort(Comparator.comparingDouble(Disagreement::geometricStdDev).reversed());
        List<Disagreement> top = disagreements.stream().filter(d -> d.geometricStdDev() > 1 + 1e-9)
                .limit(GroupSnapshot.TOP).toList();

        Map<String, Double> leafWeights = new LinkedHashMap<>();
        Map<String, Double> criteriaWeights = new LinkedHashMap<>();
        // the indicators' weights need only the criteria nodes; the alternatives nodes give the models' values
        Set<String> criteriaNodes = WorkshopHierarchy.comparedNodes(hierarchy).stream().map(HierarchyNode::id)
                .collect(java.util.stream.Collectors.toSet());
        if (missing.stream().noneMatch(criteriaNodes::contains)) {
            leafWeights = hierarchy.globalLeafWeights(groupLocal);
            HierarchyNode goal = hierarchy.goal();
            double[] w = groupLocal.get(goal.id());
            for (int i = 0; i < goal.children().size(); i++) {
                criteriaWeights.put(goal.children().get(i).id(), w[i]);
            }
        }
        // S* for the whole hierarchy: experts who gave every node their own judgements (AHP-OS convention)
        List<String> compared = WorkshopHierarchy.comparedNodes(hierarchy).stream().map(HierarchyNode::id).toList();
        List<double[]> expertLeaves = new ArrayList<>();
        for (Map<String, double[]> local : expertLocal.values()) {
            if (local.keySet().containsAll(compared)) {
                expertLeaves.add(hierarchy.globalLeafWeights(local).values().stream()
                        .mapToDouble(Double::doubleValue).toArray());
            }
        }
        Optional<Consensus> overall = expertLeaves.isEmpty() || expertLeaves.get(0).length < 2 ? Optional.empty()
                : Optional.of(Consensus.of(expertLeaves, SaatyScale.MAX, ConsensusScale.DEFAULT));
        int invited = (int) participants.stream().filter(p -> !p.isRevoked()).count();
        Quorum quorum = Quorum.of(settings, invited);
        for (NodeGroupResult n : nodes) {
            if (n.group().isPresent() && !quorum.metBy(n.restsOn())) {
                findings.add(new WorkshopFinding(WorkshopFinding.Code.BELOW_QUORUM, n.nodeId(),
                        Text.of("workshop.findingDetail.belowQuorum", n.nodeName(), n.restsOn(), invited,
                                quorum.required())));
            }
        }
        return new GroupSnapshot(settings, nodes, leafWeights, criteriaWeights, missing, overall, expertLeaves.size(),
                top, findings, quorum);
    }

    /** The judgement's comments named by their pairs' elements. */
    private static List<ExpertNodeStatus.PairComment> comments(ExpertJudgement j, List<String> names) {
        int n = names.size();
        List<ExpertNodeStatus.PairComment> out = new ArrayList<>();
        j.getComments().forEach((k, text) -> {
            int[] ij = PairwiseMatrix.upperTrianglePair(n, k);
            out.add(new ExpertNodeStatus.PairComment(ij[0], ij[1], names.get(ij[0]), names.get(ij[1]), text));
        });
        return out;
    }

    private NodeGroupResult node(HierarchyNode node, List<Participant> participants, Map<String, ExpertJudgement> byKey,
                                 WorkshopSettings settings, List<WorkshopFinding> findings,
                                 Map<Long, Map<String, double[]>> expertLocal) {
        List<String> ids = node.children().stream().map(HierarchyNode::id).toList();
        List<String> names = node.children().stream().map(HierarchyNode::name).toList();
        List<ExpertNodeStatus> experts = new ArrayList<>();
        List<PairwiseMatrix> matrices = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Participant p : participants) {
            ExpertJudgement j = byKey.get(p.getId() + "/" + node.id());
            if (j == null || !j.getElements().equals(ids)) {
                experts.add(new ExpertNodeStatus(p.getId(), p.profile().name(), p.profile().expertiseWeight(),
                        JudgementStatus.OPEN, Optional.empty(), false));
                continue;
            }
            double[] upper = j.getUpper();
            Optional<NodeConsistency> c = consistency.of(node.id(), ids.size(), upper);
            boolean done = j.getStatus() == JudgementStatus.DONE && NodeConsistencyCalculator.answered(upper)
                    == upper.length;
            boolean inconsistent = c.isPresent() && !c.get().consistent();
            boolean included = done && !(inconsistent && settings.excludeInconsistent());
            if (done && inconsistent) {
                findings.add(new WorkshopFinding(settings.excludeInconsistent()
                        ? WorkshopFinding.Code.INCONSISTENT_EXPERT_EXCLUDED : WorkshopFinding.Code.INCONSISTENT_EXPERT_KEPT,
                        node.id(), Text.of("workshop.findingDetail.expertInconsistent", p.profile().name(),
                        c.get().cr(), node.name(), AhpAssessment.INCONSISTENT_RULE)));
            }
            if (included) {
                matrices.add(PairwiseMatrix.fromUpperTriangle(ids.size(), upper));
                weights.add(p.profile().expertiseWeight());
                expertLocal.computeIfAbsent(p.getId(), k -> new HashMap<>())
                        .put(node.id(), c.get().assessment().result().weights());
            }
            experts.add(new ExpertNodeStatus(p.getId(), p.profile().name(), p.profile().expertiseWeight(),
                    j.getStatus(), c, included, comments(j, names)));
        }
        if (matrices.isEmpty()) {
            return new NodeGroupResult(node.id(), node.name(), ids, names, experts, Optional.empty(), Optional.empty(),
                    false);
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double[] lambda = weights.stream().mapToDouble(w -> w / total).toArray();
        // renormalise exactly: GroupAhp checks the sum against 1e-6
        lambda[lambda.length - 1] = 1 - java.util.Arrays.stream(lambda, 0, lambda.length - 1).sum();
        GroupResult g = groupAhp.aggregate(matrices, lambda, settings.aggregation(), NodeConsistencyCalculator.METHOD,
                NodeConsistencyCalculator.TABLE, ConsensusScale.DEFAULT);
        Optional<AhpAssessment> groupAssessment = settings.aggregation() == AggregationMethod.AIJ
                ? Optional.of(assessments.assess(node.id() + " (group)", g.aggregatedMatrix(),
                        NodeConsistencyCalculator.METHOD, NodeConsistencyCalculator.TABLE))
                : Optional.empty();
        boolean reached = g.consensus().sStar() >= settings.consensusThreshold();
        return new NodeGroupResult(node.id(), node.name(), ids, names, experts, Optional.of(g), groupAssessment, reached);
    }
}
