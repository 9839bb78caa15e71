package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.getJson;
import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.test.web.servlet.MockMvc;

/** GET/POST /api/admin/users: admins only, 400 naming the field, a generated password returned once. */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class AdminUsersApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountService accounts;

    @Test
    void an_admin_lists_accounts_without_password_hashes() throws Exception {
        mvc.perform(getJson("/api/admin/users"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'admin')].roles[*]").value(
                        org.hamcrest.Matchers.hasItem("ADMIN")))
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
    }

    @Test
    void an_admin_creates_an_account_and_gets_a_generated_password_once() throws Exception {
        String name = "api-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(postJson("/api/admin/users", Map.of("username", name, "displayName", "Api User",
                        "roles", List.of("EXPERT"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.username").value(name))
                .andExpect(jsonPath("$.user.createdBy").value("admin"))
                .andExpect(jsonPath("$.generatedPassword").isString());
        mvc.perform(postJson("/api/admin/users", Map.of("username", name, "displayName", "Again",
                        "roles", List.of("EXPERT"), "password", "long-enough-password")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void bad_input_names_the_field() throws Exception {
        mvc.perform(postJson("/api/admin/users", Map.of("username", "api-short-" + UUID.randomUUID()
                        .toString().substring(0, 4), "displayName", "Short", "roles", List.of("EXPERT"),
                        "password", "short")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(postJson("/api/admin/users", Map.of("username", "api-norole", "displayName", "No role",
                        "roles", List.of())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    @Test
    void others_get_a_problem_json_403() throws Exception {
        accounts.createIfAbsent("api-facilitator", "Facilitator", "facilitator-password", Set.of(Role.FACILITATOR));
        mvc.perform(get("/api/admin/users").with(httpBasic("api-facilitator", "facilitator-password")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
