package com.sesadvisor.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One facilitator action on a workshop, kept so that the committee's record says what was done to it, by whom and
 * when (e.g. "reopened Social for Expert B"). Append-only: there is nothing to edit, so no version.
 */
@Entity
@Table(name = "workshop_log")
public class WorkshopLogEntry extends WorkshopEntity {

    /** What was done. */
    public enum Action {
        /** Judgements were opened again (a node, an expert, or one expert's node). */
        REOPEN,
        /** The quorum changed. */
        QUORUM
    }


    @Column(name = "workshop_id", nullable = false)
    private long workshopId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Action action;

    /** The node concerned, null for every node. */
    @Column(name = "node_id", length = 64)
    private String nodeId;

    /** The expert concerned, null for every expert. */
    @Column(name = "participant_id")
    private Long participantId;

    /** A figure behind the action: how many answer sets were reopened, or the new quorum ("majority" for none). */
    @Column(length = 1000)
    private String detail;

    protected WorkshopLogEntry() {
        // for JPA
    }

    public WorkshopLogEntry(long workshopId, Instant at, String actor, Action action, String nodeId,
                            Long participantId, String detail) {
        this.workshopId = workshopId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.nodeId = nodeId;
        this.participantId = participantId;
        this.detail = detail;
    }

    public long getWorkshopId() {
        return workshopId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getNodeId() {
        return nodeId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public String getDetail() {
        return detail;
    }
}
