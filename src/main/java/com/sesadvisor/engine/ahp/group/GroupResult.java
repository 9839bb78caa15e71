package com.sesadvisor.engine.ahp.group;

import com.sesadvisor.engine.ahp.AhpResult;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import java.util.List;
import java.util.Optional;

/**
 * Result of aggregating several experts' matrices for one node (what {@code POST /api/ahp/group} returns, minus
 * the rule findings).
 *
 * @param aggregation       AIJ or AIP (geometric/arithmetic)
 * @param expertWeights     λ_k used (sum to 1)
 * @param weights           the group priorities
 * @param aggregatedMatrix  the weighted geometric mean matrix (always computed; it is the basis of AIJ and of the
 *                          geometric standard deviations)
 * @param aggregatedResult  priorities, λmax and CR of the aggregated matrix (AIJ only)
 * @param geometricStdDev   {@code exp(sqrt(Σ_k λ_k (ln a^k_ij - ln a^G_ij)^2))} per judgement; 1 on the diagonal and
 *                          where all experts agree
 * @param experts           each expert's own priorities and CR
 * @param consensus         Goepel's S* over the experts' priority vectors
 * @param method            priority method used for the experts and the group
 * @param randomIndexTable  RI table asked for
 */
public record GroupResult(
        AggregationMethod aggregation,
        double[] expertWeights,
        double[] weights,
        PairwiseMatrix aggregatedMatrix,
        Optional<AhpResult> aggregatedResult,
        double[][] geometricStdDev,
        List<ExpertResult> experts,
        Consensus consensus,
        PriorityMethod method,
        RandomIndexTable randomIndexTable) {

    public GroupResult {
        if (aggregation == null || expertWeights == null || weights == null || aggregatedMatrix == null
                || aggregatedResult == null || geometricStdDev == null || experts == null || consensus == null
                || method == null || randomIndexTable == null) {
            throw new IllegalArgumentException("All parts of a group result are required.");
        }
        if (aggregation == AggregationMethod.AIJ && aggregatedResult.isEmpty()) {
            throw new IllegalArgumentException("An AIJ result carries the aggregated matrix's priorities.");
        }
        expertWeights = expertWeights.clone();
        weights = weights.clone();
        double sum = 0;
        for (double w : weights) {
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("Group weight " + w + " is not finite and positive.");
            }
            sum += w;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("Group weights sum to " + sum + ".");
        }
        double[][] copy = new double[geometricStdDev.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = geometricStdDev[i].clone();
        }
        geometricStdDev = copy;
        experts = List.copyOf(experts);
    }

    @Override
    public double[] expertWeights() {
        return expertWeights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[][] geometricStdDev() {
        double[][] copy = new double[geometricStdDev.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = geometricStdDev[i].clone();
        }
        return copy;
    }

    /** CR of the aggregated matrix (AIJ); empty for AIP, where no group matrix is used for the weights. */
    public Optional<Double> cr() {
        return aggregatedResult.map(AhpResult::cr);
    }
}
