package com.sesadvisor.workshop.facilitation;

import com.sesadvisor.workshop.WorkshopEntity;
import com.sesadvisor.workshop.Participant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One expert's vote in one round of a session: how many times the pair's first element is more important than the
 * second (1/9..9). A changed mind within the round replaces the value.
 */
@Entity
@Table(name = "session_vote")
public class SessionVote extends WorkshopEntity {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private FacilitatedSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "vote_round", nullable = false)
    private int round;

    @Column(name = "node_id", nullable = false, length = 64)
    private String nodeId;

    @Column(name = "pair_index", nullable = false)
    private int pairIndex;

    @Column(name = "vote_value", nullable = false)
    private double value;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Version
    private long version;

    protected SessionVote() {
        // for JPA
    }

    SessionVote(FacilitatedSession session, Participant participant, double value, Instant now) {
        this.session = session;
        this.participant = participant;
        this.round = session.getRound();
        this.nodeId = session.getNodeId();
        this.pairIndex = session.getPairIndex();
        this.value = value;
        this.castAt = now;
    }

    void change(double newValue, Instant now) {
        this.value = newValue;
        this.castAt = now;
    }

    public Participant getParticipant() {
        return participant;
    }

    public int getRound() {
        return round;
    }

    public double getValue() {
        return value;
    }
}
