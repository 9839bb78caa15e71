package com.sesadvisor.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/ahp/priorities per shared/spec/api.md: golden values, rule verdict, problem+json for bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class AhpApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private MockHttpServletRequestBuilder priorities(Object body) throws Exception {
        return post("/api/ahp/priorities").with(httpBasic("admin", "test-admin-password"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    @Test
    void saaty_house_matrix_gives_published_weights_and_an_inconsistency_finding() throws Exception {
        JsonNode house;
        try (InputStream in = getClass().getResourceAsStream("/reference/decision-methods.json")) {
            house = json.readTree(in).path("cases").path("saaty1990_house_criteria"); // Saaty 1990, EJOR 48, Table 2
        }
        mvc.perform(priorities(Map.of("matrix", house.path("matrix"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights[7]", closeTo(0.333189, 1e-6), Double.class))
                .andExpect(jsonPath("$.lambdaMax", closeTo(9.668887, 1e-6), Double.class))
                .andExpect(jsonPath("$.cr", closeTo(0.169087, 1e-6), Double.class))
                .andExpect(jsonPath("$.consistent").value(false))
                .andExpect(jsonPath("$.randomIndex").value("SAATY_1980"))
                .andExpect(jsonPath("$.method").value("EIGENVECTOR"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("AHP-CR-001"))
                .andExpect(jsonPath("$.firedRules[0]").value("AHP-CR-001"));
    }

    @Test
    void consistent_matrix_has_no_findings_and_honours_method_and_table() throws Exception {
        mvc.perform(priorities(Map.of("matrix", new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {0.2, 1.0 / 3, 1}},
                        "method", "GEOMETRIC_MEAN", "randomIndex", "PAPER_2025")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights[0]", closeTo(0.636986, 1e-6), Double.class))
                .andExpect(jsonPath("$.consistent").value(true))
                .andExpect(jsonPath("$.method").value("GEOMETRIC_MEAN"))
                .andExpect(jsonPath("$.randomIndex").value("PAPER_2025"))
                .andExpect(jsonPath("$.findings").isEmpty());
    }

    @Test
    void non_reciprocal_cell_is_a_400_problem_naming_the_cell() throws Exception {
        mvc.perform(priorities(Map.of("matrix", new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {0.5, 1.0 / 3, 1}})))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("matrix[2][0]"))
                .andExpect(jsonPath("$.detail", containsString("reciprocal")));
    }

    @Test
    void transposed_matrix_is_recognised() throws Exception {
        mvc.perform(priorities(Map.of("matrix", new double[][] {{1, 3}, {3, 1}})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("transposed")));
    }

    @Test
    void text_in_a_cell_and_unknown_method_name_the_field() throws Exception {
        mvc.perform(post("/api/ahp/priorities").with(httpBasic("admin", "test-admin-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"matrix\":[[1,\"x\"],[1,1]]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix[0][1]"));
        mvc.perform(priorities(Map.of("matrix", new double[][] {{1, 2}, {0.5, 1}}, "method", "MAGIC")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"))
                .andExpect(jsonPath("$.detail", containsString("EIGENVECTOR")));
    }

    @Test
    void missing_matrix_zero_cell_and_wrong_size_are_400() throws Exception {
        mvc.perform(priorities(Map.of())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix"));
        mvc.perform(priorities(Map.of("matrix", new double[][] {{1, 0}, {0, 1}}))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix[0][1]"));
        mvc.perform(priorities(Map.of("matrix", new double[][] {{1}}))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/ahp/priorities").with(httpBasic("admin", "test-admin-password"))
                .contentType(MediaType.APPLICATION_JSON).content("{not json")).andExpect(status().isBadRequest());
    }

    @Test
    void without_credentials_it_is_401_problem_json() throws Exception {
        mvc.perform(post("/api/ahp/priorities").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/ahp/priorities").with(httpBasic("admin", "wrong"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
