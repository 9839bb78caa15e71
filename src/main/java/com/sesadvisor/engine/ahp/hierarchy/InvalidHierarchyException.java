package com.sesadvisor.engine.ahp.hierarchy;

import com.sesadvisor.engine.text.Text;

/**
 * A hierarchy that cannot be built or evaluated: duplicate or unknown node id, a matrix whose size does not match the
 * node's children (or the alternatives), or a node whose judgements are still missing. Carries the node id and the
 * reason as a translatable {@link Text} ({@link #getMessage()} is its English).
 */
public final class InvalidHierarchyException extends IllegalArgumentException {

    private final transient Text text;
    private final String nodeId;

    public InvalidHierarchyException(String nodeId, Text message) {
        super(message.english());
        this.text = message;
        this.nodeId = nodeId;
    }

    /** The reason, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }

    /** The offending node's id ({@code null} when the problem is the hierarchy as a whole). */
    public String nodeId() {
        return nodeId;
    }
}
