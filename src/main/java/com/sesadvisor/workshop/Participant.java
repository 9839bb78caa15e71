package com.sesadvisor.workshop;

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

/** A committee member invited to a workshop; the token is their credential for the invitation page. */
@Entity
@Table(name = "workshop_participant")
public class Participant extends WorkshopEntity {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false, length = 40)
    private OrganisationType organisationType;

    @Column(name = "role_title", length = 120)
    private String roleTitle;

    @Column(name = "expertise_weight", nullable = false)
    private double expertiseWeight;

    @Column(length = 200)
    private String contact;

    /** The expert account tied to this participant (answers from the account too); null: the contact, if any. */
    @Column(length = 64)
    private String username;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The judgement mode the expert last chose (V85); a preference, so switching it never bumps the version. */
    @Column(name = "judgement_mode", length = 20)
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private String judgementMode;

    @Version
    private long version;

    protected Participant() {
        // for JPA
    }

    public Participant(Workshop workshop, ParticipantProfile profile, String token, Instant expiresAt, Instant now) {
        this.workshop = workshop;
        this.token = token;
        this.expiresAt = expiresAt;
        this.createdAt = now;
        apply(profile);
    }

    public void apply(ParticipantProfile p) {
        this.name = p.name();
        this.organisationType = p.organisationType();
        this.roleTitle = p.role();
        this.expertiseWeight = p.expertiseWeight();
        this.contact = p.contact();
    }

    public ParticipantProfile profile() {
        return new ParticipantProfile(name, organisationType, roleTitle, expertiseWeight, contact);
    }

    /** The account that answers as this participant: the user name if tied, else the contact (issue 14's link). */
    public String getAccount() {
        return username != null ? username : profile().contact();
    }

    public String getUsername() {
        return username;
    }

    /** Ties an expert account to this participant (null or blank unties it). */
    public void linkAccount(String username) {
        this.username = username == null || username.isBlank() ? null : username.strip();
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public String getToken() {
        return token;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void revoke() {
        this.revoked = true;
    }

    public void renew(String newToken, Instant newExpiry) {
        this.token = newToken;
        this.expiresAt = newExpiry;
        this.revoked = false;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void finish(Instant now) {
        this.finishedAt = now;
    }

    public void reopen() {
        this.finishedAt = null;
    }

    /** The judgement mode's name the expert last chose, null before any choice. */
    public String getJudgementMode() {
        return judgementMode;
    }

    public void setJudgementMode(String mode) {
        this.judgementMode = mode;
    }

    public long getVersion() {
        return version;
    }

    /** Why the invitation cannot be used at {@code now}, or null when it can. */
    public InvitationProblem problemAt(Instant now) {
        if (revoked) {
            return InvitationProblem.REVOKED;
        }
        return now.isBefore(expiresAt) ? null : InvitationProblem.EXPIRED;
    }
}
