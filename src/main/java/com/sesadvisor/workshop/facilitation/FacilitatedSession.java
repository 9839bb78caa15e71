package com.sesadvisor.workshop.facilitation;

import com.sesadvisor.workshop.WorkshopEntity;
import com.sesadvisor.workshop.Workshop;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Where a facilitated session stands: the node and pair on every screen, the phase, the current round (every move
 * or re-vote starts a new one), who leads it and whether votes are shown without names.
 */
@Entity
@Table(name = "facilitated_session")
public class FacilitatedSession extends WorkshopEntity {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(nullable = false, length = 64)
    private String facilitator;

    @Column(name = "node_id", nullable = false, length = 64)
    private String nodeId;

    @Column(name = "pair_index", nullable = false)
    private int pairIndex;

    @Column(name = "vote_round", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionPhase phase;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FacilitatedSession() {
        // for JPA
    }

    FacilitatedSession(Workshop workshop, String facilitator, String nodeId, boolean anonymous, Instant now) {
        this.workshop = workshop;
        this.facilitator = facilitator;
        this.nodeId = nodeId;
        this.pairIndex = 0;
        this.round = 1;
        this.phase = SessionPhase.VOTING;
        this.anonymous = anonymous;
        this.active = true;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Puts a pair on every screen and opens a new round of votes for it. */
    void moveTo(String node, int pair, Instant now) {
        this.nodeId = node;
        this.pairIndex = pair;
        this.round++;
        this.phase = SessionPhase.VOTING;
        this.updatedAt = now;
    }

    void reveal(Instant now) {
        this.phase = SessionPhase.REVEALED;
        this.updatedAt = now;
    }

    void finish(Instant now) {
        this.phase = SessionPhase.FINISHED;
        this.active = false;
        this.updatedAt = now;
    }

    void handOver(String to, Instant now) {
        this.facilitator = to;
        this.updatedAt = now;
    }

    void setAnonymous(boolean anonymous, Instant now) {
        this.anonymous = anonymous;
        this.updatedAt = now;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public String getNodeId() {
        return nodeId;
    }

    public int getPairIndex() {
        return pairIndex;
    }

    public int getRound() {
        return round;
    }

    public SessionPhase getPhase() {
        return phase;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
