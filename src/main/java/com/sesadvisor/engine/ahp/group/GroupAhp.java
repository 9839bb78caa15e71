package com.sesadvisor.engine.ahp.group;

import com.sesadvisor.engine.ahp.AhpAnalysis;
import com.sesadvisor.engine.ahp.AhpCalculator;
import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.DisconnectedComparisonsException;
import com.sesadvisor.engine.ahp.HarkerCompletion;
import com.sesadvisor.engine.ahp.IncompletePairwiseMatrix;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import com.sesadvisor.engine.ahp.SaatyScale;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyResult;
import com.sesadvisor.engine.ahp.hierarchy.InvalidHierarchyException;
import com.sesadvisor.engine.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group decisions (workshops): aggregation of several experts' judgements or priorities, per-expert consistency,
 * judgement dispersion and Goepel's consensus. Stateless and thread-safe.
 */
public final class GroupAhp {

    /** Tolerance on {@code Σ λ_k = 1}. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-6;

    private static final AhpCalculator CALCULATOR = new AhpCalculator();

    /** AIJ with equal expert weights, EV, Saaty 1980 and the default word scale. */
    public GroupResult aggregate(List<PairwiseMatrix> matrices) {
        return aggregate(matrices, null, AggregationMethod.AIJ, PriorityMethod.EIGENVECTOR,
                RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT);
    }

    /**
     * Aggregates the experts' matrices of one node.
     *
     * @param matrices      one complete matrix per expert, all of the same size (complete incomplete ones first with
     *                      {@link HarkerCompletion})
     * @param expertWeights λ_k, non-negative, summing to 1; {@code null} for equal weights
     * @throws InvalidGroupException naming the expert and field
     */
    public GroupResult aggregate(List<PairwiseMatrix> matrices, double[] expertWeights, AggregationMethod aggregation,
            PriorityMethod method, RandomIndexTable table, ConsensusScale scale) {
        if (aggregation == null || method == null || table == null || scale == null) {
            throw new IllegalArgumentException("aggregation, method, table and scale are required.");
        }
        double[] lambda = expertWeights(matrices, expertWeights);
        int k = matrices.size();
        int n = matrices.get(0).size();
        List<ExpertResult> experts = new ArrayList<>(k);
        List<double[]> priorities = new ArrayList<>(k);
        for (int e = 0; e < k; e++) {
            AhpResult r = CALCULATOR.priorities(matrices.get(e), method, table);
            experts.add(new ExpertResult(e, lambda[e], r));
            priorities.add(r.weights());
        }
        PairwiseMatrix aggregated = aggregateJudgements(matrices, lambda);
        double[][] gsd = geometricStandardDeviation(matrices, lambda, aggregated);
        AhpResult groupResult = null;
        double[] weights;
        switch (aggregation) {
            case AIJ -> {
                groupResult = CALCULATOR.priorities(aggregated, method, table);
                weights = groupResult.weights();
            }
            case AIP_GEOMETRIC -> weights = geometricMeanOfPriorities(priorities, lambda);
            case AIP_ARITHMETIC -> weights = arithmeticMeanOfPriorities(priorities, lambda);
            default -> throw new IllegalStateException("unknown aggregation " + aggregation);
        }
        Consensus consensus = Consensus.of(priorities, SaatyScale.MAX, scale);
        return new GroupResult(aggregation, lambda, weights, aggregated, java.util.Optional.ofNullable(groupResult),
                gsd, experts, consensus, method, table);
    }

    /**
     * Completes each expert's matrix by Harker's method where judgements are missing, so that experts may skip
     * comparisons in a workshop.
     *
     * @throws InvalidGroupException naming the expert ({@code matrices[k]}) whose judgements are disconnected
     */
    public static List<PairwiseMatrix> completeAll(List<IncompletePairwiseMatrix> matrices) {
        if (matrices == null || matrices.isEmpty()) {
            throw new InvalidGroupException(Text.of("ahp.group.noMatrices"), -1, "matrices");
        }
        List<PairwiseMatrix> out = new ArrayList<>(matrices.size());
        for (int e = 0; e < matrices.size(); e++) {
            IncompletePairwiseMatrix m = matrices.get(e);
            if (m == null) {
                throw new InvalidGroupException(Text.of("ahp.group.noMatrix", e), e, "matrices[" + e + "]");
            }
            try {
                out.add(m.isComplete() ? m.toComplete() : HarkerCompletion.complete(m).completedMatrix());
            } catch (DisconnectedComparisonsException ex) {
                throw new InvalidGroupException(Text.of("ahp.group.expertProblem", e, ex.text()), e,
                        "matrices[" + e + "]");
            }
        }
        return List.copyOf(out);
    }

    /**
     * AIJ: {@code a^G_ij = Π_k (a^k_ij)^λ_k} (Aczél and Saaty 1983). The result is exactly reciprocal: the lower
     * triangle is set to the reciprocal of the upper one.
     */
    public static PairwiseMatrix aggregateJudgements(List<PairwiseMatrix> matrices, double[] expertWeights) {
        double[] lambda = expertWeights(matrices, expertWeights);
        int n = matrices.get(0).size();
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            g[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double log = 0;
                for (int e = 0; e < matrices.size(); e++) {
                    log += lambda[e] * Math.log(matrices.get(e).get(i, j));
                }
                g[i][j] = Math.exp(log);
                g[j][i] = 1.0 / g[i][j];
            }
        }
        return PairwiseMatrix.of(g);
    }

    /** Weighted geometric standard deviation of each judgement around the AIJ matrix. */
    static double[][] geometricStandardDeviation(List<PairwiseMatrix> matrices, double[] lambda,
            PairwiseMatrix aggregated) {
        int n = aggregated.size();
        double[][] gsd = new double[n][n];
        for (int i = 0; i < n; i++) {
            gsd[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double centre = Math.log(aggregated.get(i, j));
                double var = 0;
                for (int e = 0; e < matrices.size(); e++) {
                    double d = Math.log(matrices.get(e).get(i, j)) - centre;
                    var += lambda[e] * d * d;
                }
                gsd[i][j] = Math.exp(Math.sqrt(var));
                gsd[j][i] = gsd[i][j];
            }
        }
        return gsd;
    }

    /** AIP (geometric): {@code w_j ∝ Π_k w_kj^λ_k}, renormalised to sum 1. */
    public static double[] geometricMeanOfPriorities(List<double[]> priorities, double[] lambda) {
        int n = priorities.get(0).length;
        double[] w = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            double log = 0;
            for (int e = 0; e < priorities.size(); e++) {
                log += lambda[e] * Math.log(priorities.get(e)[j]);
            }
            w[j] = Math.exp(log);
            total += w[j];
        }
        for (int j = 0; j < n; j++) {
            w[j] /= total;
        }
        return w;
    }

    /** AIP (arithmetic): {@code w_j = Σ_k λ_k w_kj}, renormalised against rounding. */
    public static double[] arithmeticMeanOfPriorities(List<double[]> priorities, double[] lambda) {
        int n = priorities.get(0).length;
        double[] w = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            for (int e = 0; e < priorities.size(); e++) {
                w[j] += lambda[e] * priorities.get(e)[j];
            }
            total += w[j];
        }
        for (int j = 0; j < n; j++) {
            w[j] /= total;
        }
        return w;
    }

    /** Validates the group and returns λ (equal weights for {@code null}). */
    public static double[] expertWeights(List<PairwiseMatrix> matrices, double[] expertWeights) {
        if (matrices == null || matrices.isEmpty()) {
            throw new InvalidGroupException(Text.of("ahp.group.noMatrices"), -1, "matrices");
        }
        int n = -1;
        for (int e = 0; e < matrices.size(); e++) {
            PairwiseMatrix m = matrices.get(e);
            if (m == null) {
                throw new InvalidGroupException(Text.of("ahp.group.noMatrix", e), e, "matrices[" + e + "]");
            }
            if (n < 0) {
                n = m.size();
            } else if (m.size() != n) {
                throw new InvalidGroupException(Text.of("ahp.group.sizeDiffers", e, m.size(), n), e,
                        "matrices[" + e + "]");
            }
        }
        return checkWeights(matrices.size(), expertWeights);
    }

    public static double[] checkWeights(int k, double[] expertWeights) {
        if (expertWeights == null) {
            double[] equal = new double[k];
            Arrays.fill(equal, 1.0 / k);
            return equal;
        }
        if (expertWeights.length != k) {
            throw new InvalidGroupException(Text.of("ahp.group.weightCount", expertWeights.length, k), -1,
                    "expertWeights");
        }
        double sum = 0;
        for (int e = 0; e < k; e++) {
            double w = expertWeights[e];
            if (!Double.isFinite(w) || w < 0) {
                throw new InvalidGroupException(Text.of("ahp.group.badWeight", e, w), e, "expertWeights[" + e + "]");
            }
            sum += w;
        }
        if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            throw new InvalidGroupException(Text.of("ahp.group.weightSum", Arrays.toString(expertWeights), sum),
                    -1, "expertWeights");
        }
        return expertWeights.clone();
    }

    /**
     * A workshop on a whole hierarchy: every expert fills in the same hierarchy (same node ids in the same order, same
     * alternatives). Each node's matrices are completed (Harker) where judgements are missing and aggregated by AIJ;
     * S* is reported per node (experts' local priorities) and for the hierarchy (experts' global leaf weights).
     *
     * @throws InvalidGroupException if the hierarchies differ in structure or the weights are invalid
     * @throws InvalidHierarchyException naming a node whose judgements are missing or invalid
     */
    public GroupHierarchyResult evaluate(List<Hierarchy> hierarchies, double[] expertWeights, PriorityMethod method,
            RandomIndexTable table, ConsensusScale scale) {
        if (hierarchies == null || hierarchies.isEmpty()) {
            throw new InvalidGroupException(Text.of("ahp.group.noHierarchies"), -1, "hierarchies");
        }
        int k = hierarchies.size();
        double[] lambda = checkWeights(k, expertWeights);
        Hierarchy first = hierarchies.get(0);
        List<HierarchyNode> nodes = first.nodes();
        for (int e = 1; e < k; e++) {
            Hierarchy h = hierarchies.get(e);
            List<String> ids = h.nodes().stream().map(HierarchyNode::id).toList();
            List<String> expected = nodes.stream().map(HierarchyNode::id).toList();
            if (!ids.equals(expected) || !h.alternatives().equals(first.alternatives())) {
                throw new InvalidGroupException(Text.of("ahp.group.hierarchyDiffers", e, ids.toString(),
                        expected.toString()), e, "hierarchies[" + e + "]");
            }
        }
        List<HierarchyResult> experts = new ArrayList<>(k);
        for (Hierarchy h : hierarchies) {
            experts.add(h.evaluate(method, table));
        }
        Hierarchy group = first;
        Map<String, Consensus> nodeConsensus = new LinkedHashMap<>();
        for (HierarchyNode node : nodes) {
            if (experts.get(0).node(node.id()).analysis().isEmpty()) {
                continue;
            }
            List<PairwiseMatrix> completed = new ArrayList<>(k);
            List<double[]> local = new ArrayList<>(k);
            for (int e = 0; e < k; e++) {
                AhpAnalysis a = experts.get(e).node(node.id()).analysis().orElseThrow();
                IncompletePairwiseMatrix given = hierarchies.get(e).node(node.id()).judgements().orElseThrow();
                completed.add(a.completion().map(HarkerCompletion::completedMatrix).orElseGet(given::toComplete));
                local.add(a.result().weights());
            }
            group = group.withJudgements(node.id(), aggregateJudgements(completed, lambda));
            nodeConsensus.put(node.id(), Consensus.of(local, SaatyScale.MAX, scale));
        }
        HierarchyResult groupResult = group.evaluate(method, table);
        List<double[]> leafWeights = experts.stream().map(HierarchyResult::leafWeightVector).toList();
        // a hierarchy with a single leaf has nothing to disagree on: S* = 1 (computed from one expert)
        Consensus overall = leafWeights.get(0).length >= 2 ? Consensus.of(leafWeights, SaatyScale.MAX, scale)
                : Consensus.of(List.of(new double[] {0.5, 0.5}), SaatyScale.MAX, scale);
        return new GroupHierarchyResult(groupResult, experts, lambda, nodeConsensus, overall);
    }
}
