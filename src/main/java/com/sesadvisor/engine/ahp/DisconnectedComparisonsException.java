package com.sesadvisor.engine.ahp;

import com.sesadvisor.engine.text.Text;
import java.util.List;

/**
 * The known judgements of an incomplete matrix do not connect all elements (the comparison graph is disconnected),
 * so no completion can relate the groups to one another. Carries the groups of elements (0-based) that are
 * connected among themselves; every group after the first is disconnected from the first.
 */
public final class DisconnectedComparisonsException extends IllegalArgumentException {

    private final List<List<Integer>> components;
    private final transient Text text;

    public DisconnectedComparisonsException(List<List<Integer>> components) {
        this(components, text(components));
    }

    private DisconnectedComparisonsException(List<List<Integer>> components, Text text) {
        super(text.english());
        this.components = components.stream().map(List::copyOf).toList();
        this.text = text;
    }

    private static Text text(List<List<Integer>> components) {
        List<Integer> others = components.stream().skip(1).flatMap(List::stream).sorted().toList();
        StringBuilder groups = new StringBuilder();
        for (List<Integer> c : components) {
            groups.append(groups.length() == 0 ? "" : ", ").append(AhpTexts.elements(c));
        }
        return Text.of("ahp.disconnected", AhpTexts.elements(others), AhpTexts.elements(components.get(0)),
                groups.toString());
    }

    /** The explanation, to be rendered in the reader's language. */
    public Text text() {
        return text;
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
