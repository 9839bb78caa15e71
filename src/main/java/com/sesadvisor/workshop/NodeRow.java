package com.sesadvisor.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stored hierarchy node (pre-order row); {@link WorkshopHierarchy} turns the rows into an engine hierarchy. */
@Embeddable
public class NodeRow {

    @Column(name = "node_id", nullable = false, length = 64)
    private String nodeId;

    @Column(name = "parent_id", length = 64)
    private String parentId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 500)
    private String description;

    protected NodeRow() {
        // for JPA
    }

    NodeRow(String nodeId, String parentId, String name, String description) {
        this.nodeId = nodeId;
        this.parentId = parentId;
        this.name = name;
        this.description = description;
    }

    String nodeId() {
        return nodeId;
    }

    String parentId() {
        return parentId;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }
}
