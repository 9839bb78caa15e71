package com.sesadvisor.workshop;

/**
 * One node of a workshop's criteria hierarchy as the facilitator edits it (pre-order list; the goal has no parent).
 * Leaf ids follow {@link com.sesadvisor.engine.recommend.CriteriaCatalogue} where an indicator corresponds to a
 * TOPSIS criterion (e.g. {@code IRR}), so results can map leaf weights to criteria.
 */
public record CriteriaNode(String id, String parentId, String name, String description, String nameZh) {

    /**
     * @param name   the English label, or the only label given
     * @param nameZh the Chinese label, empty when none was given (then {@code name} is shown in Chinese too)
     */
    public CriteriaNode {
        id = id == null ? "" : id.strip();
        name = name == null ? "" : name.strip();
        nameZh = nameZh == null ? "" : nameZh.strip();
        if (name.isEmpty() && !nameZh.isEmpty()) {
            name = nameZh; // only the Chinese label given: it stands for both
        }
        parentId = parentId == null || parentId.isBlank() ? null : parentId.strip();
        description = description == null ? "" : description.strip();
    }

    /** A node with one label (shown in both languages). */
    public CriteriaNode(String id, String parentId, String name, String description) {
        this(id, parentId, name, description, "");
    }

    /** The label in {@code locale}'s language, falling back to the other one. */
    public String label(java.util.Locale locale) {
        return com.sesadvisor.engine.text.TextBundles.chinese(locale) && !nameZh.isEmpty() ? nameZh : name;
    }

    /** The same node labelled in {@code locale}'s language (for display; ids unchanged). */
    public CriteriaNode labelledIn(java.util.Locale locale) {
        return new CriteriaNode(id, parentId, label(locale), description, nameZh);
    }

    public boolean isGoal() {
        return parentId == null;
    }
}
