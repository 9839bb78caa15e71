package com.sesadvisor.engine.recommend.conflict;

import java.util.List;

/**
 * Two perspectives order a pair of alternatives differently: {@code first} puts {@code above} over {@code below},
 * {@code second} the other way round.
 *
 * @param drivers criteria by how much more they favour {@code above} over {@code below} in the first perspective
 *                than in the second (largest absolute difference first)
 */
public record Swap(String first, String second, String above, String below, double firstAbove, double firstBelow,
                   double secondAbove, double secondBelow, List<Driver> drivers) {

    public Swap {
        drivers = List.copyOf(drivers);
    }

    /**
     * One criterion's part in a swap.
     *
     * @param firstGap   direction-aware weighted TOPSIS gap (above - below) in the first perspective
     * @param secondGap  the same in the second perspective
     */
    public record Driver(String criterion, double firstGap, double secondGap) {
        /** firstGap - secondGap: positive pushes towards the first perspective's order. */
        public double difference() {
            return firstGap - secondGap;
        }
    }
}
