package com.sesadvisor.engine.ahp;

/**
 * A hierarchy that cannot be built or evaluated: duplicate or unknown node id, a matrix whose size does not match the
 * node's children (or the alternatives), or a node whose judgements are still missing. Carries the node id.
 */
public final class InvalidHierarchyException extends IllegalArgumentException {

    private final String nodeId;

    public InvalidHierarchyException(String nodeId, String message) {
        super(message);
        this.nodeId = nodeId;
    }

    /** The offending node's id ({@code null} when the problem is the hierarchy as a whole). */
    public String nodeId() {
        return nodeId;
    }
}
