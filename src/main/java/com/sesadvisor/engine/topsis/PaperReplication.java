package com.sesadvisor.engine.topsis;

import com.sesadvisor.engine.mcda.DecisionInputChecks;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.DimensionMismatchException;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.text.TextLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Paper replication mode. Chi et al. (2025), Tables 3-4 to 3-8, vector-normalise their (already sum-normalised)
 * indicator matrix and take the column maximum as the ideal for every column, including total cost, cost per
 * kWh and the payback periods, so a dearer, slower-paying option scores better on those columns. This class
 * reproduces that and runs the same data with the correct directions beside it.
 */
public final class PaperReplication {

    private PaperReplication() {
    }

    /** TOPSIS with every criterion treated as a benefit (the paper's reading). */
    public static TopsisResult paperMode(double[][] matrix, double[] weights, Normalization normalization) {
        int n = DecisionInputChecks.matrix(matrix, "matrix");
        return Topsis.evaluate(matrix, weights, Collections.nCopies(n, Direction.BENEFIT), normalization);
    }

    /**
     * Both runs and a plain-words explanation.
     *
     * @param alternatives names of the rows (for the explanation)
     * @param criteria     names of the columns
     */
    public static ReplicationComparison compare(double[][] matrix, double[] weights, List<Direction> directions,
            List<String> alternatives, List<String> criteria, Normalization normalization) {
        DecisionInputChecks.names(criteria, DecisionInputChecks.matrix(matrix, "matrix"), "criteria");
        return compareLabelled(matrix, weights, directions, alternatives,
                criteria.stream().map(TextLists::verbatim).toList(), normalization);
    }

    /**
     * As {@link #compare}, with the columns named by texts (e.g. criterion names in the reader's language).
     *
     * @param criteria one label per column
     */
    public static ReplicationComparison compareLabelled(double[][] matrix, double[] weights,
            List<Direction> directions, List<String> alternatives, List<Text> criteria, Normalization normalization) {
        int n = DecisionInputChecks.matrix(matrix, "matrix");
        DecisionInputChecks.names(alternatives, matrix.length, "alternatives");
        if (criteria == null || criteria.size() != n) {
            throw new DimensionMismatchException("criteria", "expected " + n + " criterion labels");
        }
        TopsisResult paper = paperMode(matrix, weights, normalization);
        TopsisResult correct = Topsis.evaluate(matrix, weights, directions, normalization);
        List<Integer> inverted = new ArrayList<>();
        List<Text> invertedNames = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (directions.get(j) == Direction.COST) {
                inverted.add(j);
                invertedNames.add(criteria.get(j));
            }
        }
        boolean changed = !Arrays.equals(paper.ranks(), correct.ranks());
        Text explanation;
        if (inverted.isEmpty()) {
            explanation = Text.of("engine.replication.allBenefit");
        } else {
            double share = 0;
            double total = 0;
            for (int j = 0; j < n; j++) {
                total += weights[j];
                if (directions.get(j) == Direction.COST) {
                    share += weights[j];
                }
            }
            explanation = Text.of("engine.replication.inverted", TextLists.commas(invertedNames), 100 * share / total,
                    describe(paper, alternatives), describe(correct, alternatives),
                    Text.of(changed ? "engine.replication.rankingChanged" : "engine.replication.rankingSame"));
        }
        return new ReplicationComparison(paper, correct, inverted, changed, explanation);
    }

    static String describe(TopsisResult r, List<String> names) {
        StringBuilder sb = new StringBuilder();
        int[] order = r.order();
        for (int k = 0; k < order.length; k++) {
            if (k > 0) {
                sb.append(" > ");
            }
            sb.append(names.get(order[k])).append(String.format(java.util.Locale.ROOT, " (C = %.3f)",
                    r.closeness(order[k])));
        }
        return sb.toString();
    }
}
