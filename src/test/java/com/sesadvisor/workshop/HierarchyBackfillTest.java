package com.sesadvisor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.transaction.support.TransactionTemplate;

/** A workshop stored before hierarchies existed gets the paper's default one on start-up; others are untouched. */
@SpringBootTest
@OnPostgres
class HierarchyBackfillTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    WorkshopRepository repository;
    @Autowired
    HierarchyBackfill backfill;
    @Autowired
    TransactionTemplate tx;

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void a_workshop_without_hierarchy_gets_the_default_and_others_keep_theirs() {
        long legacy = workshops.create("Legacy", null, "facilitator").getId();
        long current = workshops.create("Current", null, "facilitator").getId();
        List<NodeRow> edited = tx.execute(s -> {
            repository.findById(legacy).orElseThrow().replaceNodes(List.of());
            Workshop w = repository.findById(current).orElseThrow();
            List<NodeRow> fewer = w.getNodes().subList(0, w.getNodes().size() - 1);
            w.replaceNodes(List.copyOf(fewer));
            return List.copyOf(w.getNodes());
        });

        backfill.run(null);

        tx.executeWithoutResult(s -> {
            assertThat(repository.findById(legacy).orElseThrow().getNodes())
                    .hasSize(WorkshopHierarchy.defaultHierarchy().size());
            assertThat(repository.findById(current).orElseThrow().getNodes()).hasSize(edited.size());
        });
    }
}
