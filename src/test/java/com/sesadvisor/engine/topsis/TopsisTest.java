package com.sesadvisor.engine.topsis;

import static com.sesadvisor.engine.testsupport.Golden.COMPUTED_TOL;
import static com.sesadvisor.engine.testsupport.Golden.PUBLISHED_TOL;
import static com.sesadvisor.engine.testsupport.Golden.goldenCase;
import static com.sesadvisor.engine.testsupport.Golden.matrix;
import static com.sesadvisor.engine.testsupport.Golden.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.mcda.DecisionInputException;
import com.sesadvisor.engine.mcda.DimensionMismatchException;
import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.mcda.InvalidWeightsException;
import com.sesadvisor.engine.mcda.NonFiniteValueException;
import com.sesadvisor.engine.mcda.TooFewAlternativesException;
import com.sesadvisor.engine.mcda.UnknownDirectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TopsisTest {

    static List<Direction> directions(JsonNode benefitFlags) {
        List<Direction> d = new ArrayList<>();
        for (JsonNode f : benefitFlags) {
            d.add(f.asInt() == 1 ? Direction.BENEFIT : Direction.COST);
        }
        return d;
    }

    static void assertVector(double[] actual, JsonNode expected, double tol, String what) {
        double[] e = vector(expected);
        assertThat(actual).as(what).hasSameSizeAs(e);
        for (int i = 0; i < e.length; i++) {
            assertThat(actual[i]).as(what + "[" + i + "]").isCloseTo(e[i], within(tol));
        }
    }

    @Test
    void hwang_yoon_1981_aircraft_matches_published_and_computed() {
        JsonNode c = goldenCase("topsis_hwang_yoon_1981_aircraft");
        TopsisResult r = Topsis.evaluate(matrix(c.path("matrix")), vector(c.path("weights")),
                directions(c.path("benefit")));
        String src = c.path("source").asText();
        assertVector(r.closeness(), c.path("published").path("closeness"), PUBLISHED_TOL, src + " C");
        assertVector(r.distanceToIdeal(), c.path("published").path("D_plus"), PUBLISHED_TOL, src + " S+");
        assertVector(r.distanceToAntiIdeal(), c.path("published").path("D_minus"), PUBLISHED_TOL, src + " S-");
        assertVector(r.closeness(), c.path("computed").path("closeness"), COMPUTED_TOL, "computed C");
        assertVector(r.distanceToIdeal(), c.path("computed").path("D_plus"), COMPUTED_TOL, "computed S+");
        assertVector(r.distanceToAntiIdeal(), c.path("computed").path("D_minus"), COMPUTED_TOL, "computed S-");
        assertVector(r.ideal(), c.path("computed").path("PIS"), COMPUTED_TOL, "computed PIS");
        assertVector(r.antiIdeal(), c.path("computed").path("NIS"), COMPUTED_TOL, "computed NIS");
        assertThat(r.ranks()).containsExactly(1, 4, 2, 3);
        assertThat(r.order()).containsExactly(0, 2, 3, 1);
    }

    @Test
    void opricovic_tzeng_2004_vector_and_min_max() {
        JsonNode c = goldenCase("topsis_opricovic_tzeng_2004_vector");
        double[][] x = matrix(c.path("matrix"));
        double[] w = vector(c.path("weights"));
        List<Direction> d = directions(c.path("benefit"));
        TopsisResult r = Topsis.evaluate(x, w, d, Normalization.VECTOR);
        assertVector(r.closeness(), c.path("computed").path("closeness"), COMPUTED_TOL, "computed C");
        assertVector(r.distanceToIdeal(), c.path("computed").path("D_plus"), COMPUTED_TOL, "computed S+");
        assertVector(r.distanceToAntiIdeal(), c.path("computed").path("D_minus"), COMPUTED_TOL, "computed S-");
        assertVector(r.ideal(), c.path("computed").path("PIS"), COMPUTED_TOL, "computed PIS");
        assertVector(r.antiIdeal(), c.path("computed").path("NIS"), COMPUTED_TOL, "computed NIS");
        TopsisResult mm = Topsis.evaluate(x, w, d, Normalization.MIN_MAX);
        assertVector(mm.closeness(), c.path("computed_minmax"), COMPUTED_TOL, "computed min-max C");
        assertVector(mm.closeness(), c.path("published_pymcdm_minmax"), PUBLISHED_TOL, "pymcdm min-max C");
        // rows 0 and 2 tie at 0.5: they share rank 2, row 1 is first
        assertThat(mm.ranks()).containsExactly(2, 1, 2);
        assertThat(mm.normalization()).isEqualTo(Normalization.MIN_MAX);
    }

    @Test
    void paper_2025_replication_reproduces_recomputed_values_and_the_published_ranking() {
        JsonNode c = goldenCase("paper_2025_topsis_tables_3_4_to_3_8");
        TopsisResult r = PaperReplication.paperMode(matrix(c.path("matrix")), vector(c.path("weights")),
                Normalization.VECTOR);
        assertVector(r.closeness(), c.path("computed").path("closeness"), COMPUTED_TOL, "computed C");
        assertVector(r.distanceToIdeal(), c.path("computed").path("D_plus"), COMPUTED_TOL, "computed S+");
        assertVector(r.distanceToAntiIdeal(), c.path("computed").path("D_minus"), COMPUTED_TOL, "computed S-");
        assertVector(r.ideal(), c.path("computed").path("ideal"), COMPUTED_TOL, "computed ideal");
        // published ideal/anti-ideal (Table 3-6) reproduce; published closeness only to 0.01 (paper arithmetic,
        // see the case's tolerance_note)
        assertVector(r.ideal(), c.path("published").path("ideal"), PUBLISHED_TOL, "Table 3-6 ideal");
        assertVector(r.antiIdeal(), c.path("published").path("anti_ideal"), PUBLISHED_TOL, "Table 3-6 anti");
        assertVector(r.closeness(), c.path("published").path("closeness"), 0.01, "Table 3-8 C");
        int[] published = new int[3];
        for (int i = 0; i < 3; i++) {
            published[i] = c.path("published").path("rank").get(i).asInt();
        }
        assertThat(r.ranks()).containsExactly(published);
    }

    @Test
    void paper_data_with_correct_directions_is_explained_beside_the_replication() {
        JsonNode c = goldenCase("paper_2025_topsis_tables_3_4_to_3_8");
        // the columns actually hold: total cost, total revenue, IRR, cost per kWh, NPV, static, dynamic payback
        List<Direction> correct = List.of(Direction.COST, Direction.BENEFIT, Direction.BENEFIT, Direction.COST,
                Direction.BENEFIT, Direction.COST, Direction.COST);
        ReplicationComparison cmp = PaperReplication.compare(matrix(c.path("matrix")), vector(c.path("weights")),
                correct, List.of("CSSES", "TISES", "DSSES"), List.of("Total cost", "Total revenue", "IRR",
                        "Cost per kWh", "NPV", "Static payback", "Dynamic payback"), Normalization.VECTOR);
        assertThat(cmp.invertedCriteria()).containsExactly(0, 3, 5, 6);
        assertThat(cmp.explanation().english()).contains("Static payback").contains("Paper reading: CSSES")
                .contains("Correct directions:");
        assertThat(cmp.paperMode().ranks()).containsExactly(1, 3, 2);
        // with payback as a cost, CSSES (fastest payback, highest NPV) is still first: the paper's winner holds
        assertThat(cmp.correctDirections().top()).isEqualTo(0);
        assertThat(cmp.rankingChanged())
                .isEqualTo(!Arrays.equals(cmp.paperMode().ranks(), cmp.correctDirections().ranks()));
    }

    @Test
    void zero_column_contributes_nothing() {
        double[][] x = {{1, 0, 3}, {2, 0, 1}, {3, 0, 2}};
        double[][] without = {{1, 3}, {2, 1}, {3, 2}};
        List<Direction> d3 = List.of(Direction.BENEFIT, Direction.COST, Direction.BENEFIT);
        TopsisResult r = Topsis.evaluate(x, new double[] {0.4, 0.2, 0.4}, d3);
        TopsisResult r2 = Topsis.evaluate(without, new double[] {0.4, 0.4},
                List.of(Direction.BENEFIT, Direction.BENEFIT));
        assertThat(r.closeness()).containsExactly(r2.closeness(), within(1e-12));
        assertThat(r.inactiveCriteria()).containsExactly(1);
        assertThat(r.findings()).anyMatch(s -> s.english().contains("all zero"));
    }

    @Test
    void identical_alternatives_get_half_with_a_flag() {
        double[][] x = {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}};
        TopsisResult r = Topsis.evaluate(x, new double[] {1, 1, 1}, Collections.nCopies(3, Direction.BENEFIT));
        assertThat(r.closeness()).containsExactly(0.5, 0.5, 0.5);
        assertThat(r.ranks()).containsExactly(1, 1, 1);
        assertThat(r.allAlternativesIdentical()).isTrue();
        assertThat(r.findings()).isNotEmpty();
        TopsisResult mm = Topsis.evaluate(x, new double[] {1, 1, 1}, Collections.nCopies(3, Direction.COST),
                Normalization.MIN_MAX);
        assertThat(mm.closeness()).containsExactly(0.5, 0.5, 0.5);
        assertThat(mm.allAlternativesIdentical()).isTrue();
    }

    @Test
    void properties_on_random_matrices() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int trial = 0; trial < 300; trial++) {
            int m = 2 + rnd.nextInt(6);
            int n = 1 + rnd.nextInt(8);
            double[][] x = new double[m][n];
            double[] w = new double[n];
            List<Direction> d = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                w[j] = rnd.nextDouble();
                d.add(rnd.nextBoolean() ? Direction.BENEFIT : Direction.COST);
                for (int i = 0; i < m; i++) {
                    x[i][j] = rnd.nextDouble(0.1, 100);
                }
            }
            for (Normalization norm : Normalization.values()) {
                TopsisResult r = Topsis.evaluate(x, w, d, norm);
                for (double c : r.closeness()) {
                    assertThat(c).isBetween(0.0, 1.0);
                }
                // fast path agrees with the full evaluation
                assertThat(Topsis.prepare(x, d, norm).closeness(w)).containsExactly(r.closeness(), within(1e-12));
            }
            // invariance to positive column scaling under vector normalisation
            double[][] scaled = new double[m][n];
            for (int j = 0; j < n; j++) {
                double k = rnd.nextDouble(0.001, 1000);
                for (int i = 0; i < m; i++) {
                    scaled[i][j] = k * x[i][j];
                }
            }
            assertThat(Topsis.evaluate(scaled, w, d).closeness())
                    .containsExactly(Topsis.evaluate(x, w, d).closeness(), within(1e-9));
            // a dominated alternative never ranks first: make row 0 strictly worse than row 1 everywhere
            double[][] dom = new double[m][];
            for (int i = 0; i < m; i++) {
                dom[i] = x[i].clone();
            }
            for (int j = 0; j < n; j++) {
                dom[0][j] = d.get(j) == Direction.BENEFIT ? dom[1][j] * 0.9 : dom[1][j] * 1.1;
            }
            for (Normalization norm : Normalization.values()) {
                TopsisResult r = Topsis.evaluate(dom, w, d, norm);
                assertThat(r.rank(0)).as("dominated row 0, trial %d %s", trial, norm).isGreaterThan(1);
                assertThat(r.closeness(0)).isLessThan(r.closeness(1));
            }
        }
    }

    @Test
    void result_is_immutable() {
        double[][] x = {{1, 2}, {2, 1}};
        double[] w = {0.5, 0.5};
        TopsisResult r = Topsis.evaluate(x, w, List.of(Direction.BENEFIT, Direction.BENEFIT));
        x[0][0] = 99;
        w[0] = 99;
        r.closeness()[0] = 42;
        r.matrix()[0][0] = 42;
        assertThat(r.matrix()[0][0]).isEqualTo(1);
        assertThat(r.weights()[0]).isEqualTo(0.5);
        assertThat(r.closeness()[0]).isNotEqualTo(42);
    }

    @Test
    void bad_input_names_the_field() {
        List<Direction> d2 = List.of(Direction.BENEFIT, Direction.COST);
        double[] w2 = {0.5, 0.5};
        assertField(() -> Topsis.evaluate(new double[][] {{1, 2}}, w2, d2), TooFewAlternativesException.class,
                "matrix");
        assertField(() -> Topsis.evaluate(new double[][] {{1, 2}, {1}}, w2, d2), DimensionMismatchException.class,
                "matrix[1]");
        assertField(() -> Topsis.evaluate(new double[][] {{1, 2}, {1, Double.NaN}}, w2, d2),
                NonFiniteValueException.class, "matrix[1][1]");
        double[][] x = {{1, 2}, {2, 1}};
        assertField(() -> Topsis.evaluate(x, new double[] {1}, d2), DimensionMismatchException.class, "weights");
        assertField(() -> Topsis.evaluate(x, new double[] {1, -1}, d2), InvalidWeightsException.class,
                "weights[1]");
        assertField(() -> Topsis.evaluate(x, new double[] {0, 0}, d2), InvalidWeightsException.class, "weights");
        assertField(() -> Topsis.evaluate(x, new double[] {0, Double.POSITIVE_INFINITY}, d2),
                NonFiniteValueException.class, "weights[1]");
        assertField(() -> Topsis.evaluate(x, w2, List.of(Direction.BENEFIT)), DimensionMismatchException.class,
                "directions");
        assertField(() -> Topsis.evaluate(x, w2, Arrays.asList(Direction.BENEFIT, null)),
                UnknownDirectionException.class, "directions[1]");
        assertField(() -> Direction.parse("MAXIMISE", "directions[0]"), UnknownDirectionException.class,
                "directions[0]");
        assertThat(Direction.parse(" cost ", "d")).isEqualTo(Direction.COST);
    }

    static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            Class<? extends DecisionInputException> type, String field) {
        assertThatThrownBy(call).isInstanceOf(type)
                .extracting(e -> ((DecisionInputException) e).field()).isEqualTo(field);
    }
}
