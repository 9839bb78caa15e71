package com.sesadvisor.workshop;

/**
 * One node of a workshop's criteria hierarchy as the facilitator edits it (pre-order list; the goal has no parent).
 * Leaf ids follow {@link com.sesadvisor.engine.recommend.CriteriaCatalogue} where an indicator corresponds to a
 * TOPSIS criterion (e.g. {@code IRR}), so results can map leaf weights to criteria.
 */
public record CriteriaNode(String id, String parentId, String name, String description) {

    public CriteriaNode {
        id = id == null ? "" : id.strip();
        name = name == null ? "" : name.strip();
        parentId = parentId == null || parentId.isBlank() ? null : parentId.strip();
        description = description == null ? "" : description.strip();
    }

    public boolean isGoal() {
        return parentId == null;
    }
}
