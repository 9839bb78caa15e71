package com.sesadvisor.assessment;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.ahp.AhpAnalysis;
import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.group.ConsensusScale;
import com.sesadvisor.engine.ahp.group.ExpertResult;
import com.sesadvisor.engine.ahp.group.GroupAhp;
import com.sesadvisor.engine.ahp.group.GroupResult;
import com.sesadvisor.engine.ahp.HarkerCompletion;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.group.InvalidGroupException;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.rules.Finding;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleEvaluation;
import com.sesadvisor.rules.facts.ExpertConsistencyFact;
import com.sesadvisor.rules.facts.GroupConsensusFact;
import com.sesadvisor.rules.facts.MatrixConsistencyFact;
import com.sesadvisor.rules.facts.MissingJudgementsFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Computes AHP priorities with the engine and lets the rule base judge them: consistency (AHP-CR-001), the
 * Alonso-Lamata note for n > 10 (AHP-CR-002), completed judgements (AHP-MISS-001), and in groups each expert's
 * consistency (AHP-GRP-001, which also decides exclusion) and the consensus (AHP-GRP-002).
 */
@Service
public class AhpAssessmentService {

    public static final String EXPERT_RULE = "AHP-GRP-001";

    private final AhpCalculator calculator = new AhpCalculator();
    private final GroupAhp groupAhp = new GroupAhp();
    private final RuleEngine rules;

    AhpAssessmentService(RuleEngine rules) {
        this.rules = rules;
    }

    /** One complete matrix: priorities and the rules' verdict. */
    public AhpAssessment assess(String subject, PairwiseMatrix matrix, PriorityMethod method,
                                RandomIndexTable table) {
        AhpResult result = calculator.priorities(matrix, method, table);
        return new AhpAssessment(result, rules.evaluate(List.of(consistencyFact(subject, result))));
    }

    /** One matrix that may miss judgements: Harker completion, priorities, diagnostics and the rules' verdict. */
    public AhpMatrixAssessment analyse(String subject, IncompletePairwiseMatrix matrix, PriorityMethod method,
                                       RandomIndexTable table) {
        AhpAnalysis analysis = calculator.analyse(matrix, method, table);
        List<Object> facts = new ArrayList<>();
        facts.add(consistencyFact(subject, analysis.result()));
        analysis.completion().ifPresent(c -> facts.add(missingFact(subject, c)));
        return new AhpMatrixAssessment(analysis, rules.evaluate(facts));
    }

    /**
     * Several experts' matrices of one node. Missing judgements are completed per expert (Harker); each expert's own
     * CR is judged by AHP-GRP-001, which, with {@link GroupSettings#excludeInconsistentExperts()}, leaves them out of
     * the aggregation (weights of the others renormalised; if every expert is inconsistent, none is excluded).
     *
     * @param expertWeights λ_k summing to 1, or null for equal weights
     */
    public GroupAssessment assessGroup(String subject, List<IncompletePairwiseMatrix> matrices, double[] expertWeights,
                                       AggregationMethod aggregation, PriorityMethod method, RandomIndexTable table,
                                       GroupSettings settings) {
        GroupSettings s = settings == null ? GroupSettings.defaults() : settings;
        List<PairwiseMatrix> completed = GroupAhp.completeAll(matrices);
        GroupResult all = groupAhp.aggregate(completed, expertWeights, aggregation, method, table,
                ConsensusScale.DEFAULT);
        List<Object> expertFacts = new ArrayList<>();
        for (ExpertResult e : all.experts()) {
            expertFacts.add(new ExpertConsistencyFact(subject, e.expert(), e.cr(), s.excludeInconsistentExperts()));
        }
        RuleEvaluation verdicts = rules.evaluate(expertFacts);
        Set<Integer> flagged = new TreeSet<>();
        Set<Integer> excluded = new TreeSet<>();
        for (Finding f : verdicts.findings()) {
            if (f.ruleId().equals(EXPERT_RULE)) {
                int expert = ((Number) f.evidence().get("expert")).intValue();
                flagged.add(expert);
                if (Boolean.TRUE.equals(f.evidence().get("excluded"))) {
                    excluded.add(expert);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (!excluded.isEmpty() && excluded.size() == completed.size()) {
            notes.add("Every expert is inconsistent: none was excluded, the group result uses all of them.");
            excluded.clear();
        }
        GroupResult result = all;
        List<Integer> included = new ArrayList<>();
        for (int e = 0; e < completed.size(); e++) {
            if (!excluded.contains(e)) {
                included.add(e);
            }
        }
        if (!excluded.isEmpty()) {
            double[] lambda = all.expertWeights();
            double sum = 0;
            for (int e : included) {
                sum += lambda[e];
            }
            if (!(sum > 0)) {
                throw new InvalidGroupException(Text.of("ahp.group.keptWeightZero", excluded.toString()), -1,
                        "expertWeights");
            }
            List<PairwiseMatrix> kept = new ArrayList<>();
            double[] keptWeights = new double[included.size()];
            for (int i = 0; i < included.size(); i++) {
                kept.add(completed.get(included.get(i)));
                keptWeights[i] = lambda[included.get(i)] / sum;
            }
            result = groupAhp.aggregate(kept, keptWeights, aggregation, method, table, ConsensusScale.DEFAULT);
            notes.add("Experts " + excluded + " were excluded from the aggregation (AHP-GRP-001); the weights of the "
                    + "others were renormalised.");
        }
        List<Object> facts = new ArrayList<>(expertFacts);
        facts.add(new GroupConsensusFact(subject, result.consensus().sStar(), result.consensus().label(),
                s.consensusThreshold()));
        result.aggregatedResult().ifPresent(r -> facts.add(consistencyFact(subject + " (group)", r)));
        for (int e = 0; e < matrices.size(); e++) {
            IncompletePairwiseMatrix m = matrices.get(e);
            if (!m.isComplete()) {
                facts.add(new MissingJudgementsFact(subject + " (expert " + e + ")", m.missingCount(),
                        m.missingCells().stream().map(c -> "(" + c.row() + "," + c.col() + ")").toList()));
            }
        }
        RuleEvaluation evaluation = rules.evaluate(facts);
        List<GroupAssessment.ExpertConsistency> experts = new ArrayList<>();
        for (ExpertResult e : all.experts()) {
            experts.add(new GroupAssessment.ExpertConsistency(e.expert(), e.cr(), !flagged.contains(e.expert()),
                    excluded.contains(e.expert())));
        }
        return new GroupAssessment(result, experts, included, List.copyOf(excluded), s, evaluation, notes);
    }

    private static MatrixConsistencyFact consistencyFact(String subject, AhpResult result) {
        return new MatrixConsistencyFact(subject, result.size(), result.cr(), result.ci(),
                result.randomIndexTable().name());
    }

    private static MissingJudgementsFact missingFact(String subject, HarkerCompletion c) {
        return new MissingJudgementsFact(subject, c.missingCount(),
                c.missingCells().stream().map(x -> "(" + x.row() + "," + x.col() + ")").toList());
    }
}
