package com.sesadvisor.engine.recommend;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.DimensionMismatchException;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidNameException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The decision matrix of a recommendation: named alternatives (rows; e.g. CSSES, TISES, DSSES, or model ×
 * mechanism combinations) and criteria (columns, each with direction, unit and source). This is the seam for the
 * finance engine: it fills one row per alternative. Immutable.
 *
 * @param alternatives unique, non-blank names, at least 2
 * @param criteria     unique ids, at least 1
 * @param values       {@code values[i][j]} = criterion j of alternative i, finite
 */
public record IndicatorMatrix(List<String> alternatives, List<Criterion> criteria, double[][] values) {

    public IndicatorMatrix {
        int n = DecisionInputChecks.matrix(values, "indicators");
        DecisionInputChecks.names(alternatives, values.length, "alternatives");
        if (criteria == null) {
            throw new InvalidNameException("criteria", "criteria are missing");
        }
        if (criteria.size() != n) {
            throw new DimensionMismatchException("criteria", "expected " + n
                    + " criteria (one per column), got " + criteria.size());
        }
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < n; j++) {
            if (criteria.get(j) == null) {
                throw new InvalidNameException("criteria[" + j + "]", "criterion is missing");
            }
            if (!ids.add(criteria.get(j).id())) {
                throw new InvalidNameException("criteria[" + j + "]", "duplicate criterion id '"
                        + criteria.get(j).id() + "'");
            }
        }
        alternatives = List.copyOf(alternatives);
        criteria = List.copyOf(criteria);
        values = DecisionInputChecks.copy(values);
    }

    @Override
    public double[][] values() {
        return DecisionInputChecks.copy(values);
    }

    public double value(int alternative, int criterion) {
        return values[alternative][criterion];
    }

    public int alternativeCount() {
        return values.length;
    }

    public int criterionCount() {
        return criteria.size();
    }

    public List<Direction> directions() {
        return criteria.stream().map(Criterion::direction).toList();
    }

    public List<String> criterionNames() {
        return criteria.stream().map(Criterion::name).toList();
    }

    /** Index of an alternative by name, or -1. */
    public int indexOf(String alternative) {
        return alternatives.indexOf(alternative);
    }
}
