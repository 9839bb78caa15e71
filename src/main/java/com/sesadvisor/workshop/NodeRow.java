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

    /** The Chinese label (name is the English one, or the only one given). */
    @Column(name = "name_zh", length = 200)
    private String nameZh;

    protected NodeRow() {
        // for JPA
    }

    NodeRow(String nodeId, String parentId, String name, String description, String nameZh) {
        this.nodeId = nodeId;
        this.parentId = parentId;
        this.name = name;
        this.description = description;
        this.nameZh = nameZh == null || nameZh.isBlank() ? null : nameZh;
    }

    String nameZh() {
        return nameZh;
    }

    void relabel(String name, String nameZh) {
        this.name = name;
        this.nameZh = nameZh;
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
