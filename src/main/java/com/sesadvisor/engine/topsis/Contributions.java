package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.mcda.Checks;

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
        toIdeal = Checks.copy(toIdeal);
        toAntiIdeal = Checks.copy(toAntiIdeal);
        shareOfDistanceToIdeal = Checks.copy(shareOfDistanceToIdeal);
        shareOfDistanceToAntiIdeal = Checks.copy(shareOfDistanceToAntiIdeal);
    }

    @Override
    public double[][] toIdeal() {
        return Checks.copy(toIdeal);
    }

    @Override
    public double[][] toAntiIdeal() {
        return Checks.copy(toAntiIdeal);
    }

    @Override
    public double[][] shareOfDistanceToIdeal() {
        return Checks.copy(shareOfDistanceToIdeal);
    }

    @Override
    public double[][] shareOfDistanceToAntiIdeal() {
        return Checks.copy(shareOfDistanceToAntiIdeal);
    }
}
