package com.sesadvisor.engine.recommend.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerspectiveConflictsTest {

    static final List<String> MODELS = List.of("CSSES", "TISES", "DSSES");
    static final List<String> CRITERIA = List.of("IRR", "JOBS");

    @Test
    void a_swapped_pair_is_found_once_with_the_criteria_that_drive_it_largest_first() {
        // investors: IRR weighted 0.8, favours CSSES; users: JOBS weighted 0.8, favours DSSES (signed weighted values)
        Perspective investors = new Perspective("INVESTOR", MODELS, new double[] {0.7, 0.5, 0.3}, CRITERIA,
                new double[][] {{0.60, 0.02}, {0.40, 0.04}, {0.20, 0.06}});
        Perspective users = new Perspective("USER", MODELS, new double[] {0.3, 0.5, 0.7}, CRITERIA,
                new double[][] {{0.15, 0.08}, {0.10, 0.16}, {0.05, 0.64}});
        List<Swap> swaps = PerspectiveConflicts.of(List.of(investors, users));
        // all three pairs are ordered the other way round
        assertThat(swaps).extracting(Swap::above, Swap::below)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CSSES", "TISES"),
                        org.assertj.core.groups.Tuple.tuple("CSSES", "DSSES"),
                        org.assertj.core.groups.Tuple.tuple("TISES", "DSSES"));
        Swap cd = swaps.get(1);
        assertThat(cd.firstAbove()).isEqualTo(0.7);
        assertThat(cd.secondAbove()).isEqualTo(0.3);
        // JOBS: investors' gap 0.02 - 0.06 = -0.04, users' 0.08 - 0.64 = -0.56 -> difference 0.52;
        // IRR: 0.40 vs 0.10 -> 0.30
        assertThat(cd.drivers()).extracting(Swap.Driver::criterion).containsExactly("JOBS", "IRR");
        assertThat(cd.drivers().get(0).firstGap()).isCloseTo(-0.04, within(1e-12));
        assertThat(cd.drivers().get(0).secondGap()).isCloseTo(-0.56, within(1e-12));
        assertThat(cd.drivers().get(0).difference()).isCloseTo(0.52, within(1e-12));
        assertThat(cd.drivers().get(1).difference()).isCloseTo(0.30, within(1e-12));
    }

    @Test
    void the_same_order_is_no_conflict_and_a_tie_is_not_a_swap() {
        Perspective a = new Perspective("A", MODELS, new double[] {0.7, 0.5, 0.3}, CRITERIA,
                new double[][] {{1, 0}, {0, 1}, {0, 0}});
        Perspective b = new Perspective("B", MODELS, new double[] {0.9, 0.2, 0.1}, List.of("IRR"),
                new double[][] {{1}, {0}, {0}});
        Perspective tied = new Perspective("C", MODELS, new double[] {0.5, 0.5, 0.6}, CRITERIA,
                new double[][] {{0, 0}, {0, 0}, {0, 0}});
        assertThat(PerspectiveConflicts.of(List.of(a, b))).isEmpty();
        // C ties CSSES and TISES (no swap there) and puts DSSES first (two swaps with A)
        assertThat(PerspectiveConflicts.of(List.of(a, tied))).extracting(Swap::above, Swap::below)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CSSES", "DSSES"),
                        org.assertj.core.groups.Tuple.tuple("TISES", "DSSES"));
    }
}
