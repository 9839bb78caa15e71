package com.sesadvisor.engine.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Incomplete matrices completed by Harker (1987), Math. Modelling 9(11):837-848. */
class HarkerCompletionTest {

    private final AhpCalculator calculator = new AhpCalculator();

    @Test
    void an_upper_triangle_with_unanswered_pairs_becomes_reciprocal_cells_with_nulls() {
        Double[][] m = IncompletePairwiseMatrix.cellsOfUpperTriangle(3, new double[] {2, Double.NaN, 4});
        assertThat(m[0]).containsExactly(1.0, 2.0, null);
        assertThat(m[1]).containsExactly(0.5, 1.0, 4.0);
        assertThat(m[2]).containsExactly(null, 0.25, 1.0);
        assertThat(IncompletePairwiseMatrix.of(m).missingCount()).isEqualTo(1);
    }

    @Test
    void complete_matrix_gives_the_eigenvector() throws Exception {
        PairwiseMatrix house = AhpFixtures.houseCriteria();
        HarkerCompletion c = HarkerCompletion.complete(IncompletePairwiseMatrix.from(house));
        double[] ev = calculator.priorities(house).weights();
        for (int i = 0; i < ev.length; i++) {
            assertEquals(ev[i], c.weights()[i], 1e-10);
        }
        assertThat(c.missingCount()).isZero();
        assertThat(c.completedMatrix()).isEqualTo(house);
    }

    @Test
    void missing_judgement_of_a_consistent_matrix_is_recovered_exactly() {
        Double[][] a = {{1.0, 2.0, null, 8.0}, {0.5, 1.0, 2.0, null}, {null, 0.5, 1.0, 2.0}, {0.125, null, 0.5, 1.0}};
        AhpAnalysis analysis = calculator.analyse(IncompletePairwiseMatrix.of(a), PriorityMethod.EIGENVECTOR,
                RandomIndexTable.SAATY_1980);
        HarkerCompletion c = analysis.completion().orElseThrow();
        assertThat(c.missingCount()).isEqualTo(2);
        assertThat(c.missingCells()).containsExactly(new Cell(0, 2), new Cell(1, 3));
        assertEquals(4.0, c.completedMatrix().get(0, 2), 1e-9);
        assertEquals(0.25, c.completedMatrix().get(2, 0), 1e-9);
        assertEquals(4.0, c.completedMatrix().get(1, 3), 1e-9);
        assertEquals(0.0, analysis.result().cr(), 1e-9);
        assertEquals(8.0 / 15, analysis.result().weights()[0], 1e-9);
        assertThat(analysis.missingCount()).isEqualTo(2);
    }

    @Test
    void eigenvector_of_completed_matrix_equals_harker_weights() {
        Double[][] a = {{1.0, 3.0, null}, {0.3333, 1.0, 2.0}, {null, 0.5, 1.0}}; // the API contract's example
        IncompletePairwiseMatrix m = IncompletePairwiseMatrix.of(a);
        HarkerCompletion c = HarkerCompletion.complete(m);
        double[] ev = calculator.priorities(c.completedMatrix()).weights();
        for (int i = 0; i < 3; i++) {
            assertEquals(c.weights()[i], ev[i], 1e-10);
        }
        assertEquals(c.weights()[0] / c.weights()[2], c.completedMatrix().get(0, 2), 1e-12);
    }

    @Test
    void optional_double_input_is_accepted() {
        OptionalDouble e = OptionalDouble.empty();
        OptionalDouble[][] a = {{OptionalDouble.of(1), OptionalDouble.of(2), e},
                {OptionalDouble.of(0.5), OptionalDouble.of(1), OptionalDouble.of(2)},
                {e, OptionalDouble.of(0.5), OptionalDouble.of(1)}};
        IncompletePairwiseMatrix m = IncompletePairwiseMatrix.of(a);
        assertThat(m.missingCount()).isEqualTo(1);
        assertThat(m.get(0, 2)).isEmpty();
        assertThat(m.toNullableArray()[2][0]).isNull();
    }

    @Test
    void disconnected_comparisons_are_refused_naming_the_elements() {
        Double[][] a = {
                {1.0, 2.0, null, null},
                {0.5, 1.0, null, null},
                {null, null, 1.0, 3.0},
                {null, null, 1.0 / 3, 1.0}};
        assertThatThrownBy(() -> HarkerCompletion.complete(IncompletePairwiseMatrix.of(a)))
                .isInstanceOf(DisconnectedComparisonsException.class)
                .hasMessageContaining("elements {2, 3} are not compared")
                .hasMessageContaining("{0, 1}")
                .satisfies(ex -> assertThat(((DisconnectedComparisonsException) ex).disconnectedElements())
                        .containsExactly(2, 3))
                .satisfies(ex -> assertThat(((DisconnectedComparisonsException) ex).components())
                        .isEqualTo(List.of(List.of(0, 1), List.of(2, 3))));
    }

    @Test
    void isolated_element_is_named() {
        Double[][] a = {{1.0, 2.0, null}, {0.5, 1.0, null}, {null, null, 1.0}};
        assertThatThrownBy(() -> new AhpCalculator().analyse(IncompletePairwiseMatrix.of(a),
                PriorityMethod.EIGENVECTOR, RandomIndexTable.SAATY_1980))
                .isInstanceOf(DisconnectedComparisonsException.class)
                .hasMessageContaining("elements {2}");
    }

    @Test
    void one_sided_missing_judgement_names_the_cell() {
        Double[][] a = {{1.0, 2.0, 4.0}, {0.5, 1.0, 2.0}, {null, 0.5, 1.0}};
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(a))
                .isInstanceOf(InvalidMatrixException.class)
                .hasMessageContaining("Cell (2,0) is missing but cell (0,2) = 4;")
                .satisfies(ex -> assertThat(((InvalidMatrixException) ex).field()).isEqualTo("matrix[2][0]"));
    }

    @Test
    void missing_diagonal_names_the_cell() {
        Double[][] a = {{1.0, 2.0}, {0.5, null}};
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(a)).hasMessageContaining("Diagonal cell (1,1) is missing");
    }

    @Test
    void known_cells_of_incomplete_matrix_follow_every_rule() {
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(new Double[][] {{1.0, -2.0, null}, {-0.5, 1.0, 1.0},
                {null, 1.0, 1.0}})).hasMessageContaining("Cell (0,1) is -2;");
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(new Double[][] {{1.0, Double.POSITIVE_INFINITY},
                {0.0, 1.0}})).hasMessageContaining("Cell (0,1) is not a finite number");
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(new Double[][] {{1.0, 3.0, null}, {3.0, 1.0, 1.0},
                {null, 1.0, 1.0}})).hasMessageContaining("Cell (1,0)").hasMessageContaining("transposed");
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(new Double[][] {{1.0, 2.0}, {0.5}}))
                .hasMessageContaining("Row 1");
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(new Double[][] {{2.0, 2.0}, {0.5, 1.0}}))
                .hasMessageContaining("Diagonal cell (0,0) is 2;");
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(new Double[21][21])).hasMessageContaining("between 2 and 20");
        assertThatThrownBy(() -> IncompletePairwiseMatrix.of(new Double[][] {{1.0, null}, {null, 1.0}}).toComplete())
                .hasMessageContaining("Cell (0,1) is missing");
    }

    @Test
    void diagnostics_only_list_given_judgements() {
        Double[][] a = {{1.0, 3.0, null, 5.0}, {1.0 / 3, 1.0, 7.0, null}, {null, 1.0 / 7, 1.0, 2.0},
                {0.2, null, 0.5, 1.0}};
        AhpAnalysis analysis = calculator.analyse(IncompletePairwiseMatrix.of(a), PriorityMethod.EIGENVECTOR,
                RandomIndexTable.SAATY_1980);
        assertThat(analysis.diagnostics().revisions()).noneMatch(r -> (r.row() == 0 && r.col() == 2)
                || (r.row() == 1 && r.col() == 3));
        assertThat(analysis.diagnostics().worstTriad()).isEmpty(); // no fully judged triad
    }
}
