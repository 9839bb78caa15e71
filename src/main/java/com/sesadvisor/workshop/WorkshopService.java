package com.sesadvisor.workshop;

import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.i18n.TranslationProvider;
import java.time.Clock;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and lists workshops; their set-up, participants and judgements have services of their own. */
@Service
@Transactional
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final Clock clock;
    private final TranslationProvider i18n;
    private final ParticipantRepository participants;
    private final com.sesadvisor.security.Actor actor;

    WorkshopService(WorkshopRepository workshops, Clock clock, TranslationProvider i18n,
                    ParticipantRepository participants, com.sesadvisor.security.Actor actor) {
        this.participants = participants;
        this.actor = actor;
        this.workshops = workshops;
        this.clock = clock;
        this.i18n = i18n;
    }

    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public Workshop create(String name, String purpose, String createdBy) {
        return create(name, purpose, createdBy, Locale.ENGLISH);
    }

    /** A new workshop whose default criteria hierarchy is named in {@code language} (the facilitator's). */
    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public Workshop create(String name, String purpose, String createdBy, Locale language) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A workshop needs a name");
        }
        Workshop w = new Workshop(name.strip(), blankToNull(purpose), createdBy, clock.instant());
        w.replaceNodes(WorkshopHierarchy.toRows(WorkshopHierarchy.defaultHierarchy(
                t -> Texts.render(i18n, language, t))));
        return workshops.save(w);
    }

    /**
     * Facilitators and admins see every workshop; any other account (an expert) only those it is invited to, i.e.
     * where a participant's contact is the account's user name (case-insensitive).
     */
    @Transactional(readOnly = true)
    public List<Workshop> list() {
        List<Workshop> all = workshops.findAllByOrderByUpdatedAtDesc();
        if (actor.hasAnyRole(com.sesadvisor.security.Role.FACILITATOR, com.sesadvisor.security.Role.ADMIN)) {
            return all;
        }
        java.util.Set<Long> invited = new java.util.HashSet<>(participants.workshopIdsOfContact(actor.name("")));
        return all.stream().filter(w -> invited.contains(w.getId())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Workshop> find(long id) {
        return workshops.findById(id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
