package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.mcda.DecisionInputChecks;

/**
 * Per-criterion contributions to each alternative's distances. {@code toIdeal[i][j] = (v_ij - V+_j)²}, so
 * {@code Σ_j toIdeal[i][j] = S+_i²}; likewise {@code toAntiIdeal} and {@code S-_i²}. The shares divide by the
 * squared distance (0 for an alternative at distance 0), so each row of a share matrix sums to 1 or 0.
 * A large share of S- is a criterion pushing the alternative away from the worst; a large share of S+ is a
 * criterion holding it back from the best.
 */
public record Contributions(
        double[][] toIdeal, double[][] toAntiIdeal, double[][] shareOfDistanceToIdeal,
        double[][] shareOfDistanceToAntiIdeal) {

    public Contributions {
        toIdeal = DecisionInputChecks.copy(toIdeal);
        toAntiIdeal = DecisionInputChecks.copy(toAntiIdeal);
        shareOfDistanceToIdeal = DecisionInputChecks.copy(shareOfDistanceToIdeal);
        shareOfDistanceToAntiIdeal = DecisionInputChecks.copy(shareOfDistanceToAntiIdeal);
    }

    @Override
    public double[][] toIdeal() {
        return DecisionInputChecks.copy(toIdeal);
    }

    @Override
    public double[][] toAntiIdeal() {
        return DecisionInputChecks.copy(toAntiIdeal);
    }

    @Override
    public double[][] shareOfDistanceToIdeal() {
        return DecisionInputChecks.copy(shareOfDistanceToIdeal);
    }

    @Override
    public double[][] shareOfDistanceToAntiIdeal() {
        return DecisionInputChecks.copy(shareOfDistanceToAntiIdeal);
    }
}
