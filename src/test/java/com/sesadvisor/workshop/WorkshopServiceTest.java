package com.sesadvisor.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sesadvisor.engine.ahp.hierarchy.DefaultHierarchies;
import com.sesadvisor.engine.ahp.hierarchy.HierarchyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import com.sesadvisor.testsupport.OnPostgres;

@SpringBootTest
@OnPostgres
class WorkshopServiceTest {

    @Autowired
    WorkshopService workshops;

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void a_new_workshop_is_stored_with_a_trimmed_name_and_listed() {
        Workshop w = workshops.create("  Board  ", " ", "facilitator");
        assertThat(w.getName()).isEqualTo("Board");
        assertThat(w.getPurpose()).isNull();
        assertThat(workshops.find(w.getId())).isPresent();
        assertThat(workshops.list()).extracting(Workshop::getId).contains(w.getId());
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void a_workshop_created_in_chinese_starts_from_the_papers_hierarchy_named_in_both_languages() {
        // issue 15: every node carries its English and its Chinese label; each viewer sees their own language
        Workshop w = workshops.create("董事会", null, "facilitator", Locale.SIMPLIFIED_CHINESE);
        List<CriteriaNode> stored = WorkshopHierarchy.fromRows(w.getNodes());
        List<CriteriaNode> en = WorkshopHierarchy.defaultHierarchy();
        assertThat(stored).extracting(CriteriaNode::id).containsExactlyElementsOf(en.stream().map(CriteriaNode::id).toList());
        assertThat(stored).extracting(CriteriaNode::parentId)
                .containsExactlyElementsOf(en.stream().map(CriteriaNode::parentId).toList());
        List<CriteriaNode> zh = WorkshopHierarchy.displayed(w.getNodes(), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.get(0).name()).isEqualTo("共享储能运营价值");
        assertThat(zh).filteredOn(n -> n.id().equals("IRR")).singleElement()
                .satisfies(n -> assertThat(n.name()).isEqualTo("内部收益率（IRR）"));
        assertThat(zh).allSatisfy(n -> assertThat(n.name()).containsPattern("\\p{IsHan}").doesNotContain("!"));
        List<CriteriaNode> english = WorkshopHierarchy.displayed(w.getNodes(), Locale.ENGLISH);
        assertThat(english).extracting(CriteriaNode::name).containsExactlyElementsOf(en.stream()
                .map(CriteriaNode::name).toList());
        assertThat(english).allSatisfy(n -> assertThat(n.name()).doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void the_english_default_names_are_the_engines_so_bundle_and_engine_cannot_drift() {
        List<String> names = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        collect(DefaultHierarchies.sharedStoragePaper2025().goal(), names, descriptions);
        assertThat(WorkshopHierarchy.defaultHierarchy()).extracting(CriteriaNode::name).containsExactlyElementsOf(names);
        assertThat(WorkshopHierarchy.defaultHierarchy()).extracting(CriteriaNode::description)
                .containsExactlyElementsOf(descriptions);
    }

    private static void collect(HierarchyNode n, List<String> names, List<String> descriptions) {
        names.add(n.name());
        descriptions.add(n.description());
        n.children().forEach(c -> collect(c, names, descriptions));
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void a_blank_name_is_refused() {
        assertThatThrownBy(() -> workshops.create(" ", null, "facilitator"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(roles = "EXPERT")
    void an_expert_cannot_create_a_workshop() {
        assertThatThrownBy(() -> workshops.create("Nope", null, "expert")).isInstanceOf(AccessDeniedException.class);
    }
}
