package com.sesadvisor.workshop.setup;

import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.ConcurrentEditException;
import com.sesadvisor.workshop.Participant;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.ParticipantRepository;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.WorkshopRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholder profiles and their personal invitation links. A token is 192 random bits from {@link SecureRandom}
 * (base64url), unguessable and unique; it expires and can be revoked or renewed (a renewed link replaces the old
 * one, which stops working at once).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
public class ParticipantService {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(14);
    private static final int TOKEN_BYTES = 24;

    private final SecureRandom random = new SecureRandom();
    private final WorkshopRepository workshops;
    private final ParticipantRepository participants;
    private final Clock clock;

    ParticipantService(WorkshopRepository workshops, ParticipantRepository participants, Clock clock) {
        this.workshops = workshops;
        this.participants = participants;
        this.clock = clock;
    }

    /** Adds a participant with a fresh invitation valid for {@code validity}. */
    public ParticipantSummary invite(long workshopId, ParticipantProfile profile, Duration validity) {
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        Instant now = clock.instant();
        Participant p = participants.saveAndFlush(new Participant(w, profile, newToken(), expiry(now, validity), now));
        return summary(p);
    }

    /** The same, tied to an expert account ({@code username}, may be null) that can answer without the link. */
    public ParticipantSummary invite(long workshopId, ParticipantProfile profile, Duration validity, String username) {
        if (username != null && username.strip().length() > 64) {
            throw new WorkshopInputException("username", Text.of("workshop.error.account"));
        }
        Workshop w = workshops.findById(workshopId).orElseThrow(() -> new WorkshopNotFoundException(workshopId));
        Instant now = clock.instant();
        Participant p = new Participant(w, profile, newToken(), expiry(now, validity), now);
        p.linkAccount(username);
        return summary(participants.saveAndFlush(p));
    }

    /** Changes a profile (e.g. the expertise weight) if nobody else changed it since {@code expectedVersion}. */
    public ParticipantSummary update(long participantId, long expectedVersion, ParticipantProfile profile) {
        Participant p = load(participantId, expectedVersion);
        p.apply(profile);
        return summary(participants.saveAndFlush(p));
    }

    public ParticipantSummary revoke(long participantId, long expectedVersion) {
        Participant p = load(participantId, expectedVersion);
        p.revoke();
        return summary(participants.saveAndFlush(p));
    }

    /** A new link (new token, new expiry); the old link stops working. */
    public ParticipantSummary renew(long participantId, long expectedVersion, Duration validity) {
        Participant p = load(participantId, expectedVersion);
        p.renew(newToken(), expiry(clock.instant(), validity));
        return summary(participants.saveAndFlush(p));
    }

    @Transactional(readOnly = true)
    public List<ParticipantSummary> list(long workshopId) {
        return participants.findByWorkshopIdOrderById(workshopId).stream().map(this::summary).toList();
    }

    private Participant load(long participantId, long expectedVersion) {
        Participant p = participants.findById(participantId)
                .orElseThrow(() -> new WorkshopInputException("participant", Text.of("workshop.error.participant")));
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The participant");
        }
        return p;
    }

    private static Instant expiry(Instant now, Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero() || validity.toDays() > 365) {
            throw new WorkshopInputException("validity", Text.of("workshop.error.validity"));
        }
        return now.plus(validity);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public ParticipantSummary summary(Participant p) {
        return new ParticipantSummary(p.getId(), p.getVersion(), p.profile(), p.getToken(), p.getExpiresAt(),
                p.problemAt(clock.instant()), Optional.ofNullable(p.getFinishedAt()));
    }
}
