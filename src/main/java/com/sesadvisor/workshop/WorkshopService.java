package com.sesadvisor.workshop;

import java.time.Clock;
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

    WorkshopService(WorkshopRepository workshops, Clock clock) {
        this.workshops = workshops;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('FACILITATOR','ADMIN')")
    public Workshop create(String name, String purpose, String createdBy) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A workshop needs a name");
        }
        return workshops.save(new Workshop(name.strip(), blankToNull(purpose), createdBy, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Workshop> list() {
        return workshops.findAllByOrderByUpdatedAtDesc();
    }

    @Transactional(readOnly = true)
    public Optional<Workshop> find(long id) {
        return workshops.findById(id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
