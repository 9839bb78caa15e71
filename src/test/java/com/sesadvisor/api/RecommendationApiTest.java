package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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

/**
 * POST /api/recommendations: the paper's base case ranks CSSES > DSSES > TISES (as Chi et al. 2025, Table 3-8, and as
 * RecommendationServiceTest recomputes by hand), weights from a hierarchy, combinations, eligibility, 4xx by field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class RecommendationApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void base_case_ranking_indicators_weights_and_findings() throws Exception {
        mvc.perform(postJson("/api/recommendations", Map.of("monteCarloDraws", 200)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking[0].model").value("CSSES"))
                .andExpect(jsonPath("$.ranking[0].rank").value(1))
                .andExpect(jsonPath("$.ranking[1].model").value("TISES"))
                .andExpect(jsonPath("$.ranking[1].rank").value(3))
                .andExpect(jsonPath("$.ranking[2].rank").value(2))
                .andExpect(jsonPath("$.indicators.criteria.length()").value(8))
                .andExpect(jsonPath("$.indicators.criteria[0].id").value("TOTAL_COST"))
                .andExpect(jsonPath("$.indicators.criteria[0].direction").value("COST"))
                // TISES's dynamic payback is never reached: the 21-year penalty, with a note
                .andExpect(jsonPath("$.indicators.values[1][7]", closeTo(21.0, 0), Double.class))
                .andExpect(jsonPath("$.indicators.notes[0].kind").value("PAYBACK_NOT_REACHED"))
                .andExpect(jsonPath("$.weights.subjectiveSource").value("EQUAL"))
                .andExpect(jsonPath("$.weights.combined.length()").value(8))
                .andExpect(jsonPath("$.weights.objective.length()").value(8))
                .andExpect(jsonPath("$.explanations.summary[0]", containsString("CSSES ranks first")))
                .andExpect(jsonPath("$.explanations.rankReversalThresholds.length()").value(8))
                .andExpect(jsonPath("$.explanations.rankReversalThresholds[0].criterion").value(0))
                .andExpect(jsonPath("$.explanations.rankReversalThresholds[0].crossings").isArray())
                .andExpect(jsonPath("$.explanations.rankReversalThresholds[0].tiedAtWeight").value(false))
                .andExpect(jsonPath("$.findings[*].ruleId", hasItem("ADV-FIN-001")))
                .andExpect(jsonPath("$.findings[*].ruleId", hasItem("ADV-ASSUME-001")))
                .andExpect(jsonPath("$.finance[0].metrics.irr", closeTo(0.129038, 1e-6), Double.class))
                .andExpect(jsonPath("$.finance[0].breakEvenSpread", closeTo(0.5169, 1e-4), Double.class))
                .andExpect(jsonPath("$.scenario.view").value("PROJECT_AFTER_TAX"))
                .andExpect(jsonPath("$.scenario.mechanisms[0]").value("COMPREHENSIVE"))
                .andExpect(jsonPath("$.paybackPolicy", containsString("horizon + 1")))
                .andExpect(jsonPath("$.ruleBaseVersion").isString())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        not(org.hamcrest.Matchers.anyOf(containsString("NaN"), containsString("Infinity")))));
    }

    @Test
    void weights_from_a_hierarchy_leave_out_non_finance_leaves() throws Exception {
        Map<String, Object> hierarchy = Map.of("id", "goal", "name", "Value",
                "matrix", List.of(List.of(1, 3), List.of(1.0 / 3, 1)),
                "children", List.of(
                        Map.of("id", "economic", "matrix", List.of(List.of(1, 2), List.of(0.5, 1)),
                                "children", List.of(Map.of("id", "irr"), Map.of("id", "npv"))),
                        Map.of("id", "local-employment")));
        mvc.perform(postJson("/api/recommendations", Map.of("hierarchy", hierarchy, "monteCarloDraws", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights.subjectiveSource").value("HIERARCHY"))
                .andExpect(jsonPath("$.weights.criteria[0]").value("IRR"))
                .andExpect(jsonPath("$.weights.criteria[1]").value("NPV"))
                // 0.75 x 2/3 and 0.75 x 1/3, renormalised without local-employment (0.25)
                .andExpect(jsonPath("$.weights.subjective[0]", closeTo(2.0 / 3, 1e-9), Double.class))
                .andExpect(jsonPath("$.hierarchy.unusedLeaves[0]").value("local-employment"))
                .andExpect(jsonPath("$.notes[0]", containsString("local-employment")));
    }

    @Test
    void given_weights_combinations_eligibility_and_confirmation() throws Exception {
        mvc.perform(postJson("/api/recommendations", Map.of("criteria", List.of("IRR", "NPV", "STATIC_PAYBACK"),
                        "subjectiveWeights", Map.of("IRR", 0.5, "NPV", 0.3, "STATIC_PAYBACK", 0.2),
                        "monteCarloDraws", 0, "confirmedAssumptions", List.of("demandChargeBasisShare"),
                        "eligibility", Map.of("ruleSet", "CN-HEBEI-2024", "ruleSetVersion", "2024-01-27",
                                "eligible", false))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights.subjectiveSource").value("GIVEN"))
                .andExpect(jsonPath("$.weights.subjective[0]", closeTo(0.5, 1e-12), Double.class))
                .andExpect(jsonPath("$.findings[*].ruleId", hasItem("ADV-ELIG-001")))
                .andExpect(jsonPath("$.findings[*].ruleId", not(hasItem("ADV-ASSUME-001"))))
                .andExpect(jsonPath("$.scenario.adjustments[0]", containsString("capacityPricePerKwYear")))
                .andExpect(jsonPath("$.scenario.eligibility.ruleSet").value("CN-HEBEI-2024"));
        mvc.perform(postJson("/api/recommendations", Map.of("combinations", true, "monteCarloDraws", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking.length()").value(15))
                .andExpect(jsonPath("$.ranking[0].model").value("CSSES / CONTRACT_ENERGY_MANAGEMENT"))
                .andExpect(jsonPath("$.scenario.mechanisms.length()").value(5));
    }

    @Test
    void refusals_and_bad_input_are_4xx_naming_the_field() throws Exception {
        mvc.perform(postJson("/api/recommendations", Map.of("assumptions", Map.of("arbitrageOnUnleasedOnly", false))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assumptions.leasedShare"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ADV-TISES-001")));
        mvc.perform(postJson("/api/recommendations", Map.of("assumptions", Map.of("chargingCostInOpex", true))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assumptions.chargingCostInOpex"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ADV-CHARGE-001")));
        mvc.perform(postJson("/api/recommendations", Map.of("assumptions", Map.of("spread", "wide"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assumptions.spread"));
        mvc.perform(postJson("/api/recommendations", Map.of("criteria", List.of("BEAUTY"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("criteria[0]"));
        mvc.perform(postJson("/api/recommendations", Map.of("criteria", List.of("IRR", "NPV"),
                        "subjectiveWeights", Map.of("IRR", 1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectiveWeights.NPV"));
        mvc.perform(postJson("/api/recommendations", Map.of("criteria", List.of("IRR", "NPV"),
                        "subjectiveWeights", Map.of("IRR", 0, "NPV", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("subjective")));
        mvc.perform(postJson("/api/recommendations", Map.of("subjectiveWeights", Map.of("IRR", 1),
                        "hierarchy", Map.of("id", "irr"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("hierarchy"));
        mvc.perform(postJson("/api/recommendations", Map.of("hierarchy", Map.of("id", "goal",
                        "children", List.of(Map.of("id", "irr"), Map.of("id", "npv"))))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("hierarchy[goal]"));
        mvc.perform(postJson("/api/recommendations", Map.of("alpha", 2)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("alpha"));
        mvc.perform(postJson("/api/recommendations", Map.of("monteCarloDraws", -1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("monteCarloDraws"));
        mvc.perform(postJson("/api/recommendations", Map.of("monteCarloDraws", 1_000_000)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("monteCarloDraws"));
        mvc.perform(postJson("/api/recommendations", Map.of("stabilityMargin", 1.5)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stabilityMargin"));
        mvc.perform(postJson("/api/recommendations", Map.of("mechanism", "BARTER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mechanism"));
        mvc.perform(postJson("/api/recommendations", Map.of("eligibility", Map.of("eligible", false))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eligibility.ruleSet"));
        mvc.perform(postJson("/api/recommendations", Map.of("eligibility", Map.of("ruleSet", "CN-HEBEI-2024"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eligibility.eligible"));
        mvc.perform(postJson("/api/recommendations", Map.of("confirmedAssumptions", List.of("vibes"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmedAssumptions"));
        mvc.perform(postJson("/api/recommendations", Map.of("criteria", List.of("PRICE_TO_BOOK", "IRR"),
                        "assumptions", Map.of("equityRatio", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assumptions.equityRatio"));
    }
}
