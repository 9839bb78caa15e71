package com.sesadvisor.engine.ahp;

import java.util.List;

/**
 * The known judgements of an incomplete matrix do not connect all elements (the comparison graph is disconnected),
 * so no completion can relate the groups to one another. Carries the groups of elements (0-based) that are
 * connected among themselves; every group after the first is disconnected from the first.
 */
public final class DisconnectedComparisonsException extends IllegalArgumentException {

    private final List<List<Integer>> components;

    public DisconnectedComparisonsException(List<List<Integer>> components) {
        super(message(components));
        this.components = components.stream().map(List::copyOf).toList();
    }

    private static String message(List<List<Integer>> components) {
        List<Integer> others = components.stream().skip(1).flatMap(List::stream).sorted().toList();
        StringBuilder groups = new StringBuilder();
        for (List<Integer> c : components) {
            groups.append(groups.length() == 0 ? "" : ", ").append(join(c));
        }
        return "The judgements given do not connect all elements: elements " + join(others)
                + " are not compared, directly or through others, with elements " + join(components.get(0))
                + " (separate groups: " + groups + "). Add at least one judgement linking each group; n elements "
                + "need at least n-1 well-placed judgements.";
    }

    private static String join(List<Integer> elements) {
        return elements.toString().replace('[', '{').replace(']', '}');
    }

    /** Groups of mutually connected elements (0-based), the largest first. */
    public List<List<Integer>> components() {
        return components;
    }

    /** The elements outside the first (largest) group. */
    public List<Integer> disconnectedElements() {
        return components.stream().skip(1).flatMap(List::stream).sorted().toList();
    }
}
