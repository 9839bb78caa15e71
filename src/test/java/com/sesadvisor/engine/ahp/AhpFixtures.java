package com.sesadvisor.engine.ahp;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import com.sesadvisor.engine.testsupport.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test data shared by the AHP engine's tests (and benchmarks): the golden cases of
 * src/test/resources/reference/decision-methods.json, read into matrices, and generated matrices.
 */
public final class AhpFixtures {

    /** The eight criteria of Saaty's (1990) house example, in the order of its matrix. */
    public static final String[] HOUSE_CRITERIA = {"size", "transportation", "neighborhood", "age", "yard", "modern",
            "condition", "financing"};

    private AhpFixtures() {
    }

    /** A golden case of decision-methods.json, as {@link Golden} reads it. */
    public static JsonNode goldenCase(String name) {
        return Golden.goldenCase(name);
    }

    public static double[][] matrix(JsonNode node) {
        return Golden.matrix(node);
    }

    public static double[] vector(JsonNode node) {
        return Golden.vector(node);
    }

    /** Saaty (1990) EJOR 48:9-26: the 8x8 criteria matrix of the house example (CR 0.169). */
    public static PairwiseMatrix houseCriteria() {
        return PairwiseMatrix.of(matrix(goldenCase("saaty1990_house_criteria").path("matrix")));
    }

    /** Saaty (1990): the house example with three houses A, B, C under each of the eight criteria. */
    public static Hierarchy houseHierarchy() {
        JsonNode house = goldenCase("saaty1990_house_criteria");
        JsonNode level3 = house.path("level3_synthesis").path("matrices");
        List<HierarchyNode> leaves = new ArrayList<>();
        for (String c : HOUSE_CRITERIA) {
            leaves.add(HierarchyNode.leaf(c, c, PairwiseMatrix.of(matrix(level3.path(c)))));
        }
        HierarchyNode goal = HierarchyNode.node("goal", "Satisfaction with house",
                PairwiseMatrix.of(matrix(house.path("matrix"))), leaves.toArray(HierarchyNode[]::new));
        return new Hierarchy(goal, List.of("A", "B", "C"));
    }

    /** Expert j judges element j 9x more important than every other element, the others equal. */
    public static PairwiseMatrix favouring(int n, int j) {
        double[][] a = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = r == c ? 1 : r == j ? 9 : c == j ? 1.0 / 9 : 1;
            }
        }
        return PairwiseMatrix.of(a);
    }

    /** A reciprocal matrix whose upper triangle is drawn uniformly from the 17 Saaty values. */
    public static PairwiseMatrix randomMatrix(int n, SplittableRandom random) {
        double[] upper = new double[n * (n - 1) / 2];
        for (int k = 0; k < upper.length; k++) {
            int v = random.nextInt(1, 10);
            upper[k] = random.nextBoolean() ? v : 1.0 / v;
        }
        return PairwiseMatrix.fromUpperTriangle(n, upper);
    }
}
