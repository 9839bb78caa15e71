package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.golden;
import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/ahp/priorities: revisions, Harker completion, AHP-CR-002, and 4xx for incomplete-matrix errors. */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class AhpDiagnosticsApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void saaty_house_top_revision_is_cell_2_6_with_cr_0_088_after_the_change() throws Exception {
        // Saaty (1990) EJOR 48, Table 2: judgement (3,7) 1-based = (2,6) 0-based, 6 -> 1 gives CR 0.088
        JsonNode house = golden("saaty1990_house_criteria");
        JsonNode top = house.path("diagnostics").path("top3").get(0);
        mvc.perform(postJson("/api/ahp/priorities", Map.of("matrix", house.path("matrix"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inconsistentJudgements.length()").value(3))
                .andExpect(jsonPath("$.inconsistentJudgements[0].row").value(top.path("row").asInt() - 1))
                .andExpect(jsonPath("$.inconsistentJudgements[0].col").value(top.path("col").asInt() - 1))
                .andExpect(jsonPath("$.inconsistentJudgements[0].value", closeTo(6.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.inconsistentJudgements[0].deviation",
                        closeTo(top.path("e").asDouble(), 0.0015), Double.class))
                .andExpect(jsonPath("$.inconsistentJudgements[0].suggested", closeTo(1.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.inconsistentJudgements[0].crIfChanged",
                        closeTo(house.path("diagnostics").path("revision").path("a37_to_1").path("CR").asDouble(),
                                0.0015), Double.class))
                // the list is ordered by the CR each change leaves, lowest first (issue 15)
                .andExpect(jsonPath("$.inconsistentJudgements[1].crIfChanged",
                        greaterThanOrEqualTo(0.088 - 0.0015), Double.class))
                .andExpect(jsonPath("$.completedMatrix").value(nullValue()));
    }

    @Test
    void missing_judgements_are_completed_by_harker_and_listed_by_ahp_miss_001() throws Exception {
        // Harker (1987): a consistent 4x4 with (0,2) and (1,3) missing completes to 4 and 4, w0 = 8/15, CR 0
        Double[][] m = {{1.0, 2.0, null, 8.0}, {0.5, 1.0, 2.0, null}, {null, 0.5, 1.0, 2.0}, {0.125, null, 0.5, 1.0}};
        Map<String, Object> body = new HashMap<>();
        body.put("matrix", Arrays.asList(m).stream().map(Arrays::asList).toList());
        mvc.perform(postJson("/api/ahp/priorities", body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completedMatrix[0][2]", closeTo(4.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.completedMatrix[2][0]", closeTo(0.25, 1e-9), Double.class))
                .andExpect(jsonPath("$.completedMatrix[1][3]", closeTo(4.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.weights[0]", closeTo(8.0 / 15, 1e-9), Double.class))
                .andExpect(jsonPath("$.cr", closeTo(0.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.missingCells[0][0]").value(0))
                .andExpect(jsonPath("$.missingCells[0][1]").value(2))
                .andExpect(jsonPath("$.findings[0].ruleId").value("AHP-MISS-001"))
                .andExpect(jsonPath("$.findings[0].message", containsString("(0,2), (1,3)")));
    }

    @Test
    void the_contract_example_with_nulls_is_completed() throws Exception {
        mvc.perform(postJson("/api/ahp/priorities",
                        "{\"matrix\": [[1, 3, null], [0.3333, 1, 2], [null, 0.5, 1]]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completedMatrix[0][2]", closeTo(6.0, 0.01), Double.class))
                .andExpect(jsonPath("$.firedRules", hasItem("AHP-MISS-001")));
    }

    @Test
    void eleven_elements_get_the_alonso_lamata_note() throws Exception {
        double[][] ones = new double[11][11];
        for (double[] row : ones) {
            Arrays.fill(row, 1.0);
        }
        mvc.perform(postJson("/api/ahp/priorities", Map.of("matrix", ones)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.randomIndex").value("ALONSO_LAMATA"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("AHP-CR-002"))
                .andExpect(jsonPath("$.findings[0].severity").value("INFO"))
                .andExpect(jsonPath("$.consistent").value(true));
    }

    @Test
    void one_sided_missing_judgement_is_a_400_naming_the_cell() throws Exception {
        mvc.perform(postJson("/api/ahp/priorities", "{\"matrix\": [[1, 3, null], [0.3333, 1, 2], [4, 0.5, 1]]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix[0][2]"));
    }

    @Test
    void disconnected_judgements_are_a_422_naming_the_groups() throws Exception {
        mvc.perform(postJson("/api/ahp/priorities",
                        "{\"matrix\": [[1, 2, null, null], [0.5, 1, null, null], [null, null, 1, 3], "
                                + "[null, null, 0.3333333333, 1]]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("matrix"))
                .andExpect(jsonPath("$.disconnectedElements.length()").value(2))
                .andExpect(jsonPath("$.detail", containsString("do not connect")));
    }

    @Test
    void null_row_and_unknown_random_index_are_400() throws Exception {
        mvc.perform(postJson("/api/ahp/priorities", "{\"matrix\": [[1, 2], null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix[1]"));
        mvc.perform(postJson("/api/ahp/priorities", "{\"matrix\": [[1, 2], [0.5, 1]], \"randomIndex\": \"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("randomIndex"));
        mvc.perform(postJson("/api/ahp/priorities", "{\"matrix\": [[1, NaN], [1, 1]]}"))
                .andExpect(status().isBadRequest());
    }
}
