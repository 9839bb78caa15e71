package com.sesadvisor.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sesadvisor.engine.ahp.InvalidMatrixException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class WorkshopServiceTest {

    @Autowired
    WorkshopService workshops;

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void a_new_workshop_starts_with_indifferent_judgements_of_the_paper_criteria() {
        Workshop w = workshops.create("  Board  ", " ", "facilitator");
        assertThat(w.getName()).isEqualTo("Board");
        assertThat(w.getPurpose()).isNull();
        CriteriaJudgements j = workshops.criteriaJudgements(w.getId());
        assertThat(j.elements()).containsExactly("ECONOMIC", "ENVIRONMENTAL", "SOCIAL", "TECHNICAL");
        assertThat(j.upper()).containsOnly(1.0).hasSize(6);
        assertThat(j.assessment().result().weights()).containsOnly(0.25);
        assertThat(j.assessment().consistent()).isTrue();
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void judgements_are_stored_assessed_and_judged_by_the_rules() {
        Workshop w = workshops.create("Committee", "Pick a model", "facilitator");
        long v0 = workshops.criteriaJudgements(w.getId()).version();
        // economic 9x environmental but environmental 9x social and social 9x economic: a circular, inconsistent set
        CriteriaJudgements saved = workshops.recordCriteriaJudgements(w.getId(),
                new double[] {9, 1.0 / 9, 3, 9, 1, 1}, v0);
        assertThat(saved.version()).isGreaterThan(v0);
        assertThat(saved.assessment().consistent()).isFalse();
        assertThat(saved.assessment().findings()).extracting(f -> f.ruleId()).containsExactly("AHP-CR-001");

        CriteriaJudgements reloaded = workshops.criteriaJudgements(w.getId());
        assertThat(reloaded.upper()).containsExactly(9, 1.0 / 9, 3, 9, 1, 1);
        assertEquals(saved.assessment().result().cr(), reloaded.assessment().result().cr(), 0.0);
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void a_stale_version_is_refused_and_nothing_is_overwritten() {
        Workshop w = workshops.create("Race", null, "facilitator");
        long v0 = workshops.criteriaJudgements(w.getId()).version();
        workshops.recordCriteriaJudgements(w.getId(), new double[] {3, 3, 3, 1, 1, 1}, v0);
        assertThatThrownBy(() -> workshops.recordCriteriaJudgements(w.getId(), new double[] {5, 5, 5, 1, 1, 1}, v0))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(workshops.criteriaJudgements(w.getId()).upper()).startsWith(3, 3, 3);
    }

    @Test
    @WithMockUser(roles = "FACILITATOR")
    void invalid_judgements_are_refused_before_anything_is_stored() {
        Workshop w = workshops.create("Bad", null, "facilitator");
        long v0 = workshops.criteriaJudgements(w.getId()).version();
        assertThatThrownBy(() -> workshops.recordCriteriaJudgements(w.getId(), new double[] {0, 1, 1, 1, 1, 1}, v0))
                .isInstanceOf(InvalidMatrixException.class);
        assertThat(workshops.criteriaJudgements(w.getId()).upper()).containsOnly(1.0);
    }

    @Test
    @WithMockUser(roles = "EXPERT")
    void an_expert_cannot_create_a_workshop() {
        assertThatThrownBy(() -> workshops.create("Nope", null, "expert")).isInstanceOf(AccessDeniedException.class);
    }
}
