package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.JSON;
import static com.sesadvisor.api.ApiTestSupport.getJson;
import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /api/workshops/{id}/judgements} over HTTP (docs/api.md, "Judgements export and import"): the round trip, and
 * every refusal as problem+json naming the line and column or JSON path, with nothing stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkshopJudgementsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountService accounts;

    private static final String CSV = "text/csv";
    private static final String HEADER = "expert,weight,group,row,column,value,status,updatedAt\n";
    private static final String AT = "2025-03-01T09:30:00Z";

    /** A workshop whose goal compares ECONOMIC and SOCIAL (one pair); its id. */
    private String workshop() throws Exception {
        String hierarchy = "{\"nodes\": [{\"id\": \"GOAL\", \"label\": {\"en\": \"Value\"}, \"children\": ["
                + "{\"id\": \"ECONOMIC\", \"label\": {\"en\": \"Economic\"}, \"children\": ["
                + "{\"id\": \"IRR\", \"label\": {\"en\": \"IRR\"}}, {\"id\": \"NPV\", \"label\": {\"en\": \"NPV\"}}]},"
                + "{\"id\": \"SOCIAL\", \"label\": {\"en\": \"Social\"}, \"children\": ["
                + "{\"id\": \"IRR2\", \"label\": {\"en\": \"IRR\"}}, {\"id\": \"NPV2\", \"label\": {\"en\": \"NPV\"}}]}]}]}";
        return JSON.readTree(mvc.perform(postJson("/api/workshops", "{\"name\": \"Judgements API\", \"hierarchy\": "
                        + hierarchy + "}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).path("id").asText();
    }

    private ResultActions importCsv(String id, String csv) throws Exception {
        return mvc.perform(post("/api/workshops/" + id + "/judgements").with(httpBasic("admin", "test-admin-password"))
                .contentType(CSV).content(csv).accept(MediaType.APPLICATION_JSON));
    }

    /** A 400 problem+json listing exactly these places, in the order found. */
    private static void refused(ResultActions r, String... fields) throws Exception {
        JsonNode body = JSON.readTree(r.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString());
        assertThat(body.path("errors").findValuesAsText("field")).containsExactly(fields);
        assertThat(body.path("detail").asText()).contains("nothing was imported");
    }

    private List<String> experts(String id) throws Exception {
        return JSON.readTree(mvc.perform(getJson("/api/workshops/" + id + "/judgements")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).path("experts").findValuesAsText("expert");
    }

    @Test
    void a_csv_round_trip_and_every_bad_line_named_with_nothing_stored() throws Exception {
        String id = workshop();
        importCsv(id, HEADER + "Ana,2,GOAL,ECONOMIC,SOCIAL,3,DONE," + AT + "\n").andExpect(status().isOk())
                .andExpect(jsonPath("$.groups").value(1)).andExpect(jsonPath("$.newExperts").value(1));
        String csv = mvc.perform(get("/api/workshops/" + id + "/judgements").with(httpBasic("admin",
                "test-admin-password")).accept(CSV)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(CSV)).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith(HEADER.strip()).contains("Ana,2.0,GOAL,ECONOMIC,SOCIAL,3.0,DONE," + AT);

        refused(importCsv(id, HEADER
                        + "Bo,1,GOAL,ECONOMIC,SOCIAL,12,DONE," + AT + "\n" // 12 is off Saaty's scale
                        + "Cy,1,GOAL,ECONOMIC,SOCIAL,0.1,DONE," + AT + "\n" // below 1/9
                        + "Di,1,GOAL,ECONOMIC,TECHNICAL,3,DONE," + AT + "\n" // no such criterion in GOAL
                        + "Ed,1,NOPE,ECONOMIC,SOCIAL,3,DONE," + AT + "\n" // no such group
                        + "Fe,1,GOAL,ECONOMIC\n" // a short line
                        + "Gu,one,GOAL,ECONOMIC,SOCIAL,3,DONE," + AT + "\n"), // not a number
                "line 6", "line 7, weight", "line 2, value", "line 3, value", "line 4, column", "line 5, group");
        refused(importCsv(id, "who,what\nAna,1\n"), "line 1");
        importCsv(id, "").andExpect(status().isBadRequest()) // no body at all: refused before the file is read
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(experts(id)).containsExactly("Ana");
    }

    @Test
    void json_values_off_the_scale_or_from_another_hierarchy_are_named_by_path() throws Exception {
        String id = workshop();
        String file = "{\"format\": \"ses-advisor-judgements/1\", \"experts\": [{\"expert\": \"Bo\", \"weight\": 1,"
                + " \"groups\": [{\"group\": \"GOAL\", \"elements\": %s, \"status\": \"DONE\", \"updatedAt\": \"" + AT
                + "\", \"pairs\": [{\"row\": \"ECONOMIC\", \"column\": \"SOCIAL\", \"value\": %s}]}]}]}";
        refused(mvc.perform(postJson("/api/workshops/" + id + "/judgements",
                file.formatted("[\"ECONOMIC\", \"SOCIAL\"]", "0.05"))), "experts[0].groups[0].pairs[0].value");
        refused(mvc.perform(postJson("/api/workshops/" + id + "/judgements",
                        file.formatted("[\"ECONOMIC\", \"SOCIAL\", \"TECHNICAL\"]", "3"))),
                "experts[0].groups[0].elements");
        refused(mvc.perform(postJson("/api/workshops/" + id + "/judgements", "{\"format\": \"other\"}")), "format");
        assertThat(experts(id)).isEmpty();
    }

    @Test
    void another_workshop_is_404_and_other_roles_are_403_as_problem_json() throws Exception {
        String id = workshop();
        for (MockHttpServletRequestBuilder missing : List.of(getJson("/api/workshops/999999/judgements"),
                getJson("/api/workshops/abc/judgements"), postJson("/api/workshops/999999/judgements", "{}"))) {
            mvc.perform(missing).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        importCsv("999999", HEADER + "Ana,2,GOAL,ECONOMIC,SOCIAL,3,DONE," + AT + "\n")
                .andExpect(status().isNotFound());
        for (Role role : List.of(Role.EXPERT, Role.REGULATOR)) {
            String user = "judgements-api-" + role.name().toLowerCase();
            var as = ApiTestSupport.signedIn(accounts, user, user, "judgements-api-password", role);
            mvc.perform(get("/api/workshops/" + id + "/judgements").with(as).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post("/api/workshops/" + id + "/judgements").with(as).contentType(CSV)
                            .content(HEADER + "Ana,2,GOAL,ECONOMIC,SOCIAL,3,DONE," + AT + "\n"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(experts(id)).isEmpty();
    }
}
