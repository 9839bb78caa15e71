package com.sesadvisor.engine.recommend.conflict;

import com.sesadvisor.engine.recommend.Recommendation;
import java.util.List;

/**
 * One perspective's ranking with what the conflict analysis needs of it.
 *
 * @param name         who it is (e.g. a stakeholder group's key)
 * @param alternatives the alternatives, in the ranking's order of rows
 * @param closeness    TOPSIS closeness per alternative
 * @param criteria     criterion ids, in column order
 * @param weightedGaps per criterion: the direction-aware weighted gap of each ordered pair is computed from these
 *                     signed weighted values ({@code v_ij} for a benefit criterion, {@code -v_ij} for a cost one)
 */
public record Perspective(String name, List<String> alternatives, double[] closeness, List<String> criteria,
                          double[][] weightedGaps) {

    public Perspective {
        alternatives = List.copyOf(alternatives);
        closeness = closeness.clone();
        criteria = List.copyOf(criteria);
        double[][] copy = new double[weightedGaps.length][];
        for (int i = 0; i < weightedGaps.length; i++) {
            copy[i] = weightedGaps[i].clone();
        }
        weightedGaps = copy;
        if (closeness.length != alternatives.size() || weightedGaps.length != alternatives.size()) {
            throw new IllegalArgumentException("one closeness and one row of values per alternative");
        }
    }

    /** A perspective read off a recommendation: its TOPSIS weighted matrix signed by each criterion's direction. */
    public static Perspective of(String name, Recommendation r) {
        double[][] v = r.topsis().weighted();
        var directions = r.indicators().directions();
        double[][] signed = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            signed[i] = new double[v[i].length];
            for (int j = 0; j < v[i].length; j++) {
                signed[i][j] = directions.get(j) == com.sesadvisor.engine.mcda.Direction.COST ? -v[i][j] : v[i][j];
            }
        }
        return new Perspective(name, r.indicators().alternatives(), r.topsis().closeness(),
                r.indicators().criteria().stream().map(c -> c.id()).toList(), signed);
    }

    double closenessOf(String alternative) {
        return closeness[alternatives.indexOf(alternative)];
    }

    /** Direction-aware weighted gap of {@code a} over {@code b} on a criterion (0 when the perspective lacks it). */
    double gap(String criterion, String a, String b) {
        int j = criteria.indexOf(criterion);
        if (j < 0) {
            return 0;
        }
        return weightedGaps[alternatives.indexOf(a)][j] - weightedGaps[alternatives.indexOf(b)][j];
    }
}
