package com.sesadvisor.workshop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workshops created before criteria hierarchies were stored (schema V2-V3) have no hierarchy rows; every view of
 * them would fail. On start-up they get the paper's default hierarchy, the same one a new workshop starts with.
 */
@Component
class HierarchyBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HierarchyBackfill.class);

    private final WorkshopRepository workshops;

    HierarchyBackfill(WorkshopRepository workshops) {
        this.workshops = workshops;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Workshop w : workshops.findAll()) {
            if (w.getNodes().isEmpty()) {
                w.replaceNodes(WorkshopHierarchy.toRows(WorkshopHierarchy.defaultHierarchy()));
                log.info("Workshop {} had no criteria hierarchy; gave it the paper's default", w.getId());
            }
        }
    }
}
