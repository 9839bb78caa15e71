package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.golden;
import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/weights/entropy, /api/weights/combined and /api/topsis against published examples; 4xx by field. */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class DecisionApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void entropy_weights_of_xu_2004() throws Exception {
        JsonNode xu = golden("entropy_xu_2004"); // Xu (2004) EJOR 156(2):530-532
        ResultActions r = mvc.perform(postJson("/api/weights/entropy", Map.of("matrix", xu.path("matrix"))))
                .andExpect(status().isOk());
        for (int j = 0; j < 4; j++) {
            r.andExpect(jsonPath("$.weights[" + j + "]",
                    closeTo(xu.path("computed").path("weights").get(j).asDouble(), 1e-6), Double.class));
            r.andExpect(jsonPath("$.entropy[" + j + "]",
                    closeTo(xu.path("computed").path("E").get(j).asDouble(), 1e-6), Double.class));
        }
    }

    @Test
    void combined_weights_linear_and_multiplicative() throws Exception {
        mvc.perform(postJson("/api/weights/combined", Map.of("subjective", List.of(0.2, 0.8),
                        "objective", List.of(0.6, 0.4), "method", "LINEAR", "alpha", 0.5)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights[0]", closeTo(0.4, 1e-12), Double.class))
                .andExpect(jsonPath("$.weights[1]", closeTo(0.6, 1e-12), Double.class));
        mvc.perform(postJson("/api/weights/combined", Map.of("subjective", List.of(0.2, 0.8),
                        "objective", List.of(0.6, 0.4), "method", "MULTIPLICATIVE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights[0]", closeTo(0.12 / 0.44, 1e-12), Double.class));
    }

    @Test
    void topsis_reproduces_hwang_and_yoon_1981() throws Exception {
        JsonNode hy = golden("topsis_hwang_yoon_1981_aircraft"); // Hwang & Yoon (1981) pp. 133-134
        List<String> directions = new ArrayList<>();
        hy.path("benefit").forEach(b -> directions.add(b.asInt() == 1 ? "BENEFIT" : "COST"));
        ResultActions r = mvc.perform(postJson("/api/topsis", Map.of("matrix", hy.path("matrix"),
                        "weights", hy.path("weights"), "directions", directions, "normalization", "VECTOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranks[0]").value(1))
                .andExpect(jsonPath("$.ranks[1]").value(4))
                .andExpect(jsonPath("$.ranks[2]").value(2))
                .andExpect(jsonPath("$.ranks[3]").value(3));
        for (int i = 0; i < 4; i++) {
            r.andExpect(jsonPath("$.closeness[" + i + "]",
                    closeTo(hy.path("computed").path("closeness").get(i).asDouble(), 1e-6), Double.class));
            r.andExpect(jsonPath("$.distanceToIdeal[" + i + "]",
                    closeTo(hy.path("computed").path("D_plus").get(i).asDouble(), 1e-6), Double.class));
        }
        r.andExpect(jsonPath("$.ideal[0]", closeTo(hy.path("computed").path("PIS").get(0).asDouble(), 1e-6),
                Double.class));
        r.andExpect(jsonPath("$.antiIdeal[3]", closeTo(hy.path("computed").path("NIS").get(3).asDouble(), 1e-6),
                Double.class));
    }

    @Test
    void bad_entropy_combined_and_topsis_input_names_the_field() throws Exception {
        mvc.perform(postJson("/api/weights/entropy", "{\"matrix\": [[1, null], [2, 3]]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("matrix[0][1]"));
        mvc.perform(postJson("/api/weights/entropy", "{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("matrix"));
        mvc.perform(postJson("/api/weights/entropy", "{\"matrix\": [[1, 2], [3]]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("matrix")));
        mvc.perform(postJson("/api/weights/combined", Map.of("subjective", List.of(0.5, 0.5),
                        "objective", List.of(0.5, 0.5), "alpha", 2)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("alpha"));
        mvc.perform(postJson("/api/weights/combined", Map.of("subjective", List.of(0.5, 0.5))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("objective"));
        mvc.perform(postJson("/api/weights/combined", Map.of("subjective", List.of(0.5, 0.5),
                        "objective", List.of(0.5, 0.5), "method", "HARMONIC")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("method"));
        mvc.perform(postJson("/api/weights/combined", Map.of("subjective", List.of(-0.5, 1.5),
                        "objective", List.of(0.5, 0.5))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("subjective")));
        mvc.perform(postJson("/api/topsis", Map.of("matrix", new double[][] {{1, 2}, {3, 4}},
                        "weights", List.of(0.5, 0.5), "directions", List.of("BENEFIT", "UP"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("directions[1]"));
        mvc.perform(postJson("/api/topsis", Map.of("matrix", new double[][] {{1, 2}, {3, 4}},
                        "weights", List.of(1.0), "directions", List.of("BENEFIT", "COST"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("weights")));
        mvc.perform(postJson("/api/topsis", Map.of("matrix", new double[][] {{1, 2}},
                        "weights", List.of(0.5, 0.5), "directions", List.of("BENEFIT", "COST"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("matrix")));
        mvc.perform(postJson("/api/topsis", Map.of("matrix", new double[][] {{1, 2}, {3, 4}},
                        "weights", List.of(0.5, 0.5), "directions", List.of("BENEFIT", "COST"),
                        "normalization", "L1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("normalization"));
    }
}
