package com.sesadvisor.workshop.setup;

import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.workshop.CriteriaNode;
import com.sesadvisor.workshop.WorkshopSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the set-up wizard edits, as stored. {@code version} goes back with the next save (optimistic locking).
 *
 * @param step the furthest wizard step saved (0 = basics ... 4 = participants), where the wizard resumes
 */
public record WorkshopSetup(long id, long version, String name, String purpose, int step, Assumptions assumptions,
                            Set<ProfitMechanism> mechanisms, Optional<String> ruleSet, List<CriteriaNode> hierarchy,
                            WorkshopSettings settings) {

    public WorkshopSetup {
        mechanisms = Set.copyOf(mechanisms);
        hierarchy = List.copyOf(hierarchy);
    }
}
