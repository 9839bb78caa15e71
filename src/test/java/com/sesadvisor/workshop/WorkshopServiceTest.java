package com.sesadvisor.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void a_new_workshop_is_stored_with_a_trimmed_name_and_listed() {
        Workshop w = workshops.create("  Board  ", " ", "facilitator");
        assertThat(w.getName()).isEqualTo("Board");
        assertThat(w.getPurpose()).isNull();
        assertThat(workshops.find(w.getId())).isPresent();
        assertThat(workshops.list()).extracting(Workshop::getId).contains(w.getId());
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
