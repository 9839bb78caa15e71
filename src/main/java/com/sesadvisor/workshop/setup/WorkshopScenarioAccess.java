package com.sesadvisor.workshop.setup;

import com.sesadvisor.analysis.saved.ScenarioAccess;
import com.sesadvisor.security.Actor;
import com.sesadvisor.security.Role;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The workshop roles, as the saved Analysis scenarios ask for them: a workshop's shared scenarios are read by
 * whoever sees the workshop ({@link WorkshopService#list()}: facilitators and admins all, an expert those it is
 * invited to) and changed by facilitators and admins.
 */
@Component
class WorkshopScenarioAccess implements ScenarioAccess {

    private final WorkshopService workshops;
    private final Actor actor;

    WorkshopScenarioAccess(WorkshopService workshops, Actor actor) {
        this.workshops = workshops;
        this.actor = actor;
    }

    @Override
    public String currentUser() {
        return actor.authentication().map(a -> a.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    @Override
    public Map<Long, String> readableWorkshops() {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Workshop w : workshops.list()) {
            out.put(w.getId(), w.getName());
        }
        return out;
    }

    @Override
    public boolean mayRead(long workshopId) {
        return workshops.list().stream().anyMatch(w -> w.getId() == workshopId);
    }

    @Override
    public boolean mayWrite(long workshopId) {
        return actor.hasAnyRole(Role.FACILITATOR, Role.ADMIN) && mayRead(workshopId);
    }
}
