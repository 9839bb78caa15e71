package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.JSON;
import static com.sesadvisor.api.ApiTestSupport.getJson;
import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** /api/scenarios over HTTP: save, the 4xx cases (name, field, taken, stale, unknown) and the comparison. */
@SpringBootTest
@AutoConfigureMockMvc
@com.sesadvisor.testsupport.OnPostgres
class ScenarioApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void scenarios_are_saved_compared_and_bad_requests_are_problems_naming_the_field() throws Exception {
        JsonNode low = JSON.readTree(mvc.perform(postJson("/api/scenarios", Map.of("name", "API low",
                        "scenario", Map.of("assumptions", Map.of("spread", 0.6)))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        JsonNode high = JSON.readTree(mvc.perform(postJson("/api/scenarios", Map.of("name", "API high",
                        "scenario", Map.of("assumptions", Map.of("spread", 0.9)))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(postJson("/api/scenarios", Map.of("name", " ", "scenario", Map.of())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(postJson("/api/scenarios", Map.of("name", "x", "scenario",
                        Map.of("assumptions", Map.of("spread", "wide")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scenario.assumptions.spread"));
        mvc.perform(postJson("/api/scenarios", Map.of("name", "api LOW", "scenario", Map.of())))
                .andExpect(status().isConflict());
        String id = low.path("id").asText();
        mvc.perform(put("/api/scenarios/" + id).with(httpBasic("admin", "test-admin-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("version", low.path("version").asLong() + 7,
                                "name", "Renamed"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
        mvc.perform(getJson("/api/scenarios/999999")).andExpect(status().isNotFound());
        mvc.perform(getJson("/api/scenarios/compare?a=" + id + "&b=" + high.path("id").asText()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.differences").value(1))
                .andExpect(jsonPath("$.outputs.length()").value(3))
                .andExpect(jsonPath("$.outputs[0].a.rank").isNumber());
    }
}
