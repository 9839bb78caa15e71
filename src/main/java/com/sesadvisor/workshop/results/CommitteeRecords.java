package com.sesadvisor.workshop.results;

import com.sesadvisor.engine.text.TextRenderer;
import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.group.GroupSnapshot;
import com.sesadvisor.workshop.group.NodeGroupResult;
import com.sesadvisor.workshop.group.ExpertNodeStatus;
import com.sesadvisor.analysis.CommitteeRecord;
import com.sesadvisor.eligibility.RuleCheck;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.group.GroupResult;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.ExpertJudgement;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopHierarchy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a workshop's {@link CommitteeRecord} from its stored answers and group computation. */
public final class CommitteeRecords {

    private CommitteeRecords() {
    }

    /**
     * @param individuals false for an expert's view: no other expert's judgements or CRs (only the group's figures)
     */
    public static CommitteeRecord build(Workshop w, List<Participant> people, List<ExpertJudgement> judgements,
                                        GroupSnapshot s, WorkshopResults.Eligibility eligibility,
                                        boolean individuals, Locale locale) {
        Map<String, CommitteeRecord.Label> labels = new LinkedHashMap<>();
        List<CommitteeRecord.Node> nodes = new ArrayList<>();
        Map<String, Double> global = globalWeights(w, s);
        for (CriteriaNode n : WorkshopHierarchy.fromRows(w.getNodes())) {
            CommitteeRecord.Label label = new CommitteeRecord.Label(n.name(), n.nameZh().isEmpty() ? null : n.nameZh());
            labels.put(n.id(), label);
            nodes.add(new CommitteeRecord.Node(n.id(), n.parentId(), label, global.get(n.id())));
        }
        Map<String, ExpertJudgement> byKey = new HashMap<>();
        judgements.forEach(j -> byKey.put(j.getParticipant().getId() + "/" + j.getNodeId(), j));
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Participant p = people.get(i);
            names.put(p.getId(), w.isAnonymiseExperts()
                    ? TextRenderer.render(WorkshopText.ANONYMOUS_EXPERT.with(i + 1), locale) : p.profile().name());
        }
        List<CommitteeRecord.Group> groups = new ArrayList<>();
        for (NodeGroupResult n : s.nodes()) {
            List<CommitteeRecord.Judgement> entries = new ArrayList<>();
            if (individuals) {
                for (ExpertNodeStatus e : n.experts()) {
                    ExpertJudgement j = byKey.get(e.participantId() + "/" + n.nodeId());
                    Double[][] matrix = j == null || !j.getElements().equals(n.elementIds()) ? null
                            : IncompletePairwiseMatrix.cellsOfUpperTriangle(n.elementIds().size(), j.getUpper());
                    entries.add(new CommitteeRecord.Judgement(names.get(e.participantId()), e.expertiseWeight(),
                            e.status().name(), e.consistency().map(c -> c.cr()).orElse(null),
                            e.consistency().map(c -> c.consistent()).orElse(null), e.included(), matrix,
                            matrix == null ? List.of() : e.comments().stream()
                                    .map(c -> new CommitteeRecord.Comment(c.row(), c.col(), c.text())).toList()));
                }
            }
            GroupResult g = n.group().orElse(null);
            boolean quorum = s.quorum().metBy(n.restsOn());
            // the models' comparison under an indicator (issue 15 item 9) has nodes and elements outside the
            // criteria hierarchy (CSSES, TISES, DSSES): they are labelled by the names the aggregator gave them
            List<CommitteeRecord.Label> elements = new ArrayList<>();
            for (int i = 0; i < n.elementIds().size(); i++) {
                elements.add(labels.getOrDefault(n.elementIds().get(i),
                        new CommitteeRecord.Label(n.elementNames().get(i), null)));
            }
            groups.add(new CommitteeRecord.Group(n.nodeId(), labels.getOrDefault(n.nodeId(),
                    new CommitteeRecord.Label(n.nodeName(), null)), elements, n.elementIds(),
                    n.restsOn(),
                    g == null ? null : g.aggregatedMatrix().toArray(), g == null ? null : g.weights(),
                    n.groupAssessment().map(a -> a.result().cr()).orElse(null),
                    g == null || !quorum ? null : g.consensus().sStar(),
                    g == null || !quorum ? null : g.consensus().label(), entries));
        }
        List<CommitteeRecord.RuleOutcome> rules = new ArrayList<>();
        for (RuleCheck c : eligibility.checks()) {
            rules.add(new CommitteeRecord.RuleOutcome(c.ruleId(), c.passed(), c.message(locale)));
        }
        // what the record rests on: every compared node at quorum, and complete only when every invited expert
        // finished (stricter than "every node has a group result")
        int invited = s.quorum().invited();
        int finished = (int) people.stream().filter(p -> !p.isRevoked() && p.getFinishedAt() != null).count();
        boolean quorumMet = !s.nodes().isEmpty() && s.belowQuorum().isEmpty();
        boolean complete = invited > 0 && finished == invited && s.complete();
        return new CommitteeRecord(w.getName(), s.quorum().required(), finished, invited,
                complete, quorumMet, !quorumMet || !complete, w.isAnonymiseExperts(),
                s.settings().aggregation().name(), nodes, groups, eligibility.ruleSet(), eligibility.eligible(), rules);
    }

    /** Every node's global group weight (goal 1), while every group on its path has results (the engine's rule). */
    private static Map<String, Double> globalWeights(Workshop w, GroupSnapshot s) {
        if (w.getNodes().isEmpty()) {
            return Map.of();
        }
        Map<String, double[]> local = new HashMap<>();
        for (NodeGroupResult n : s.nodes()) {
            n.group().ifPresent(g -> local.put(n.nodeId(), g.weights()));
        }
        return WorkshopHierarchy.builtAsStored(w.getNodes()).globalWeights(local);
    }
}
