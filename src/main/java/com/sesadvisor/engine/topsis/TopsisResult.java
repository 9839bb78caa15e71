package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.text.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One TOPSIS evaluation with its inputs and every intermediate value (field names follow {@code /api/topsis}).
 *
 * @param matrix              the decision matrix as given (rows = alternatives)
 * @param weights             the weights as given (not renormalised)
 * @param directions          one per criterion
 * @param normalization       VECTOR or MIN_MAX
 * @param normalized          {@code r_ij}
 * @param weighted            {@code v_ij = w_j r_ij}
 * @param ideal               {@code V+_j}: max of v for a benefit criterion, min for a cost criterion
 * @param antiIdeal           {@code V-_j}: the opposite
 * @param distanceToIdeal     {@code S+_i = |v_i - V+|_2}
 * @param distanceToAntiIdeal {@code S-_i = |v_i - V-|_2}
 * @param closeness           {@code C_i = S-_i / (S+_i + S-_i)}, in [0, 1]; 0.5 for all when no alternative
 *                            differs from another
 * @param ranks               per input row, 1 = best; equal closeness (within 1e-12) shares the better rank
 * @param order               row indices best first (ties in input order)
 * @param inactiveCriteria    criteria that contribute nothing (weight 0, all-zero column, or constant column
 *                            under MIN_MAX)
 * @param allAlternativesIdentical no alternative differs from another in the weighted normalised matrix
 * @param findings            plain-words notes on the edge cases met
 */
public record TopsisResult(
        double[][] matrix,
        double[] weights,
        List<Direction> directions,
        Normalization normalization,
        double[][] normalized,
        double[][] weighted,
        double[] ideal,
        double[] antiIdeal,
        double[] distanceToIdeal,
        double[] distanceToAntiIdeal,
        double[] closeness,
        int[] ranks,
        int[] order,
        List<Integer> inactiveCriteria,
        boolean allAlternativesIdentical,
        List<Text> findings) {

    public TopsisResult {
        matrix = DecisionInputChecks.copy(matrix);
        weights = weights.clone();
        directions = List.copyOf(directions);
        Objects.requireNonNull(normalization, "normalization");
        normalized = DecisionInputChecks.copy(normalized);
        weighted = DecisionInputChecks.copy(weighted);
        ideal = ideal.clone();
        antiIdeal = antiIdeal.clone();
        distanceToIdeal = distanceToIdeal.clone();
        distanceToAntiIdeal = distanceToAntiIdeal.clone();
        closeness = closeness.clone();
        ranks = ranks.clone();
        order = order.clone();
        inactiveCriteria = List.copyOf(inactiveCriteria);
        findings = List.copyOf(findings);
    }

    @Override
    public double[][] matrix() {
        return DecisionInputChecks.copy(matrix);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[][] normalized() {
        return DecisionInputChecks.copy(normalized);
    }

    @Override
    public double[][] weighted() {
        return DecisionInputChecks.copy(weighted);
    }

    @Override
    public double[] ideal() {
        return ideal.clone();
    }

    @Override
    public double[] antiIdeal() {
        return antiIdeal.clone();
    }

    @Override
    public double[] distanceToIdeal() {
        return distanceToIdeal.clone();
    }

    @Override
    public double[] distanceToAntiIdeal() {
        return distanceToAntiIdeal.clone();
    }

    @Override
    public double[] closeness() {
        return closeness.clone();
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }

    @Override
    public int[] order() {
        return order.clone();
    }

    /** Number of alternatives (rows). */
    public int alternatives() {
        return matrix.length;
    }

    /** Number of criteria (columns). */
    public int criteria() {
        return weights.length;
    }

    /** Closeness of alternative i. */
    public double closeness(int i) {
        return closeness[i];
    }

    /** Rank of alternative i (1 = best). */
    public int rank(int i) {
        return ranks[i];
    }

    /** Row index of the best alternative (the first in input order when tied). */
    public int top() {
        return order[0];
    }

    /** Row index of the second-best alternative. */
    public int second() {
        return order[1];
    }

    double raw(int i, int j) {
        return matrix[i][j];
    }

    double v(int i, int j) {
        return weighted[i][j];
    }

    double idealAt(int j) {
        return ideal[j];
    }

    double antiIdealAt(int j) {
        return antiIdeal[j];
    }

    double s(int i, boolean toIdeal) {
        return toIdeal ? distanceToIdeal[i] : distanceToAntiIdeal[i];
    }

    double weightAt(int j) {
        return weights[j];
    }

    double[][] rawMatrix() {
        return matrix;
    }

    double[] rawWeights() {
        return weights;
    }

    @Override
    public String toString() {
        return "TopsisResult[" + normalization + ", closeness=" + Arrays.toString(closeness) + ", ranks="
                + Arrays.toString(ranks) + "]";
    }
}
