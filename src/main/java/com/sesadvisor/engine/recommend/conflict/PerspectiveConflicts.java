package com.sesadvisor.engine.recommend.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every pair of alternatives that two perspectives order differently, for every pair of perspectives, and
 * ranks the criteria driving each swap. A criterion's drive is the difference between the perspectives of its
 * direction-aware weighted gap {@code g_j = s_j (v_aj - v_bj)} ({@code v} = TOPSIS weighted normalised value,
 * {@code s_j = -1} for a cost criterion): the weighted gaps are what the closeness of each perspective is built
 * from, so a criterion with a large difference is where the perspectives' weights (or, for committee-compared
 * columns, their values) pull the pair apart. It is an explanation, not an exact decomposition of the closeness
 * difference (TOPSIS distances are not additive in the criteria).
 */
public final class PerspectiveConflicts {

    private PerspectiveConflicts() {
    }

    public static List<Swap> of(List<Perspective> perspectives) {
        List<Swap> swaps = new ArrayList<>();
        for (int p = 0; p < perspectives.size(); p++) {
            for (int q = p + 1; q < perspectives.size(); q++) {
                swaps.addAll(between(perspectives.get(p), perspectives.get(q)));
            }
        }
        return List.copyOf(swaps);
    }

    static List<Swap> between(Perspective first, Perspective second) {
        List<Swap> out = new ArrayList<>();
        List<String> common = first.alternatives().stream().filter(second.alternatives()::contains).toList();
        Set<String> criteria = new LinkedHashSet<>(first.criteria());
        criteria.addAll(second.criteria());
        for (int i = 0; i < common.size(); i++) {
            for (int k = i + 1; k < common.size(); k++) {
                String a = common.get(i);
                String b = common.get(k);
                double fa = first.closenessOf(a);
                double fb = first.closenessOf(b);
                double sa = second.closenessOf(a);
                double sb = second.closenessOf(b);
                if (fa == fb || sa == sb || (fa > fb) == (sa > sb)) {
                    continue;
                }
                String above = fa > fb ? a : b;
                String below = fa > fb ? b : a;
                List<Swap.Driver> drivers = new ArrayList<>();
                for (String c : criteria) {
                    drivers.add(new Swap.Driver(c, first.gap(c, above, below), second.gap(c, above, below)));
                }
                drivers.sort(Comparator.comparingDouble((Swap.Driver d) -> Math.abs(d.difference())).reversed());
                out.add(new Swap(first.name(), second.name(), above, below, first.closenessOf(above),
                        first.closenessOf(below), second.closenessOf(above), second.closenessOf(below), drivers));
            }
        }
        return out;
    }
}
