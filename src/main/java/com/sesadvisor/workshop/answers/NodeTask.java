package com.sesadvisor.workshop.answers;

import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.consistency.NodeConsistency;
import com.sesadvisor.workshop.consistency.NodeConsistencyCalculator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One node an expert compares: its children, the answers so far (upper triangle row-major, NaN = not answered),
 * the status, the live consistency and, if the workshop allows it, the group's local weights. An alternatives-level
 * task ({@code alternativesLevel}) compares CSSES, TISES and DSSES under one indicator the finance model cannot
 * measure (its id and name are the indicator's). {@code comments} holds the expert's reasons by pair index.
 */
public record NodeTask(String nodeId, String nodeName, List<String> elementIds, List<String> elementNames,
                       double[] upper, JudgementStatus status, Optional<NodeConsistency> consistency,
                       Optional<double[]> groupWeights, boolean alternativesLevel, Map<Integer, String> comments) {

    public NodeTask {
        elementIds = List.copyOf(elementIds);
        elementNames = List.copyOf(elementNames);
        upper = upper.clone();
        comments = java.util.Collections.unmodifiableMap(new TreeMap<>(comments));
    }

    /** The comment on the k-th pair, "" when there is none. */
    public String comment(int k) {
        return comments.getOrDefault(k, "");
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    public int pairCount() {
        return upper.length;
    }

    public int answered() {
        return NodeConsistencyCalculator.answered(upper);
    }

    public boolean allAnswered() {
        return answered() == upper.length;
    }

    /** Row and column (i < j) of the k-th pair in row-major order. */
    public int[] pair(int k) {
        return PairwiseMatrix.upperTrianglePair(elementIds.size(), k);
    }

    /** Index of the pair (i, j), i < j, in row-major order. */
    public int pairIndex(int i, int j) {
        return PairwiseMatrix.upperTriangleIndex(elementIds.size(), i, j);
    }

    public boolean closed() {
        return status != JudgementStatus.OPEN;
    }
}
