package com.sesadvisor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.engine.ahp.hierarchy.Hierarchy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workshop's hierarchy is built from its rows once per content: reading it again (every answer, every results
 * view) serves the same object, and a set-up edit (other rows) is never answered with the old one.
 */
class WorkshopHierarchyCacheTest {

    @Test
    void same_rows_give_the_same_hierarchy_and_edited_rows_a_new_one() {
        List<NodeRow> rows = WorkshopHierarchy.toRows(WorkshopHierarchy.defaultHierarchy());
        Hierarchy first = WorkshopHierarchy.builtAsStored(rows);
        // equal content in other row objects (another transaction, another instance) hits the same entry
        assertThat(WorkshopHierarchy.builtAsStored(WorkshopHierarchy.toRows(WorkshopHierarchy.fromRows(rows))))
                .isSameAs(first);

        List<CriteriaNode> edited = new ArrayList<>(WorkshopHierarchy.fromRows(rows));
        CriteriaNode last = edited.remove(edited.size() - 1);
        edited.add(new CriteriaNode(last.id(), last.parentId(), "Renamed", last.description(), last.nameZh()));
        Hierarchy afterEdit = WorkshopHierarchy.builtAsStored(WorkshopHierarchy.toRows(edited));

        assertThat(afterEdit).isNotSameAs(first);
        assertThat(afterEdit.node(last.id()).name()).isEqualTo("Renamed");
        assertThat(first.node(last.id()).name()).isEqualTo(last.name());
    }
}
