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
        java.util.Map<String, CriteriaNode> paper = new java.util.HashMap<>();
        WorkshopHierarchy.bilingualDefault().forEach(n -> paper.put(n.id(), n));
        for (Workshop w : workshops.findAll()) {
            if (w.getNodes().isEmpty()) {
                w.replaceNodes(WorkshopHierarchy.toRows(WorkshopHierarchy.defaultHierarchy()));
                log.info("Workshop {} had no criteria hierarchy; gave it the paper's default", w.getId());
            }
            for (NodeRow row : w.getNodes()) {
                CriteriaNode p = paper.get(row.nodeId());
                // a paper node stored in one language before schema V45: give it both labels, unless renamed
                if (p != null && row.nameZh() == null && (p.name().equals(row.name()) || p.nameZh().equals(row.name()))) {
                    row.relabel(p.name(), p.nameZh());
                }
            }
        }
    }
}
