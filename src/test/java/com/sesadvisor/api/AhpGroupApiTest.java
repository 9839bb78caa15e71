package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.golden;
import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/ahp/group: AIJ / AIP, Goepel's S*, expert consistency (AHP-GRP-001), consensus (AHP-GRP-002). */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class AhpGroupApiTest {

    private static final double[][] A = {{1, 3}, {1.0 / 3, 1}};
    private static final double[][] B = {{1, 1.0 / 3}, {3, 1}};
    private static final double[][] CONSISTENTISH = {{1, 3, 5}, {1.0 / 3, 1, 3}, {0.2, 1.0 / 3, 1}};
    private static final double[][] CYCLIC = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};

    @Autowired
    MockMvc mvc;

    @Test
    void two_opposed_experts_give_equal_weights_and_goepel_s_star() throws Exception {
        // Goepel (2018) IJAHP 10(3): two experts, 3 vs 1/3 -> S* = 0.6018 ("low", below 0.75 -> AHP-GRP-002)
        double sStar = golden("goepel_consensus_closed_form").path("two_experts_3_vs_1_3").asDouble();
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(A, B))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aggregation").value("AIJ"))
                .andExpect(jsonPath("$.weights[0]", closeTo(0.5, 1e-12), Double.class))
                .andExpect(jsonPath("$.aggregatedMatrix[0][1]", closeTo(1.0, 1e-12), Double.class))
                .andExpect(jsonPath("$.lambdaMax", closeTo(2.0, 1e-12), Double.class))
                .andExpect(jsonPath("$.cr", closeTo(0.0, 1e-12), Double.class))
                .andExpect(jsonPath("$.consensus", closeTo(sStar, 1e-9), Double.class))
                .andExpect(jsonPath("$.consensusLabel").value("low"))
                .andExpect(jsonPath("$.expertConsistency[1].expert").value(1))
                .andExpect(jsonPath("$.expertConsistency[1].consistent").value(true))
                .andExpect(jsonPath("$.findings[0].ruleId").value("AHP-GRP-002"));
    }

    @Test
    void expert_weights_weight_the_geometric_mean_and_aip_has_no_group_matrix_cr() throws Exception {
        // AIJ (Aczel and Saaty 1983): 3^0.6 (1/3)^0.4 = 3^0.2
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(A, B), "expertWeights", List.of(0.6, 0.4))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aggregatedMatrix[0][1]", closeTo(Math.pow(3, 0.2), 1e-12), Double.class));
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(A, B), "aggregation", "AIP")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aggregation").value("AIP_GEOMETRIC"))
                .andExpect(jsonPath("$.weights[0]", closeTo(0.5, 1e-12), Double.class))
                .andExpect(jsonPath("$.lambdaMax").value(nullValue()))
                .andExpect(jsonPath("$.cr").value(nullValue()));
    }

    @Test
    void an_inconsistent_expert_is_kept_with_a_warning_by_default() throws Exception {
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(CYCLIC, CONSISTENTISH, CONSISTENTISH))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expertConsistency[0].consistent").value(false))
                .andExpect(jsonPath("$.expertConsistency[0].excluded").value(false))
                .andExpect(jsonPath("$.excludedExperts").isEmpty())
                .andExpect(jsonPath("$.firedRules", hasItem("AHP-GRP-001")));
    }

    @Test
    void an_inconsistent_expert_is_excluded_when_the_setting_says_so() throws Exception {
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(CYCLIC, CONSISTENTISH, CONSISTENTISH),
                        "excludeInconsistentExperts", true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excludedExperts[0]").value(0))
                .andExpect(jsonPath("$.expertConsistency[0].excluded").value(true))
                .andExpect(jsonPath("$.consensus", closeTo(1.0, 1e-9), Double.class))
                // the two identical experts alone: the group weights are theirs (Saaty's 3x3 example, EV)
                .andExpect(jsonPath("$.weights[0]", closeTo(0.636986, 1e-3), Double.class))
                .andExpect(jsonPath("$.expertWeights.length()").value(2));
    }

    @Test
    void bad_group_input_is_400_naming_the_expert_field() throws Exception {
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(A, B), "expertWeights", List.of(0.5, 0.6))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expertWeights"));
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(A, CONSISTENTISH))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrices[1]"));
        mvc.perform(postJson("/api/ahp/group", "{\"matrices\": [[[1, 3], [0.3333333, 1]], [[1, 2], [2, 1]]]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrices[1][1][0]"));
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(A, B), "aggregation", "MEDIAN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aggregation"));
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrices"));
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(A, B), "consensusThreshold", 1.5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consensusThreshold"));
        mvc.perform(postJson("/api/ahp/group", Map.of("matrices", List.of(A, B), "expertWeights", List.of(1.0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("expertWeights")));
    }
}
