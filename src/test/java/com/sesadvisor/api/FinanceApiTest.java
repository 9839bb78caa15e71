package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.getJson;
import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.engine.finance.AssumptionField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import com.sesadvisor.testsupport.OnPostgres;
import org.springframework.test.web.servlet.MockMvc;

/** /api/finance/*: numpy-financial's IRR example, the reference base case, the catalogues, 4xx by field. */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class FinanceApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void metrics_of_the_numpy_financial_irr_example() throws Exception {
        // numpy-financial docs: irr([-100, 39, 59, 55, 20]) = 0.28095
        double npv = -100 + 39 / 1.06 + 59 / Math.pow(1.06, 2) + 55 / Math.pow(1.06, 3) + 20 / Math.pow(1.06, 4);
        mvc.perform(postJson("/api/finance/metrics", Map.of("cashFlows", List.of(-100, 39, 59, 55, 20),
                        "discountRate", 0.06)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.irr", closeTo(0.28095, 1e-5), Double.class))
                .andExpect(jsonPath("$.irrRoots.length()").value(1))
                .andExpect(jsonPath("$.signChanges").value(1))
                .andExpect(jsonPath("$.npv", closeTo(npv, 1e-9), Double.class))
                // cumulative -100, -61, -2, 53: crosses 0 at 2 + 2/55 years
                .andExpect(jsonPath("$.staticPayback", closeTo(2 + 2.0 / 55, 1e-9), Double.class))
                .andExpect(jsonPath("$.dynamicPayback").isNumber());
    }

    @Test
    void metrics_never_paying_back_and_with_two_irrs() throws Exception {
        // -100 + 10 x + 10 x^2 = 0 with x = 1 / (1 + r): r = 2 / (sqrt(41) - 1) - 1; never paid back
        mvc.perform(postJson("/api/finance/metrics", Map.of("cashFlows", List.of(-100, 10, 10), "discountRate", 0.06)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.irr", closeTo(2 / (Math.sqrt(41) - 1) - 1, 1e-7), Double.class))
                .andExpect(jsonPath("$.staticPayback").value(nullValue()))
                .andExpect(jsonPath("$.dynamicPayback").value(nullValue()))
                .andExpect(jsonPath("$.staticPaybackLast").value(nullValue()));
        // flows of one sign: no IRR at all
        mvc.perform(postJson("/api/finance/metrics", Map.of("cashFlows", List.of(-100, -10, -5), "discountRate", 0.06)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.irr").value(nullValue()))
                .andExpect(jsonPath("$.irrRoots").isEmpty())
                .andExpect(jsonPath("$.signChanges").value(0))
                .andExpect(jsonPath("$.irrNote").isString());
        // -1, 3, -2: NPV = 0 at 0 % and 100 %; the headline is the root closest to zero
        mvc.perform(postJson("/api/finance/metrics", Map.of("cashFlows", List.of(-1, 3, -2), "discountRate", 0.06)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signChanges").value(2))
                .andExpect(jsonPath("$.irrRoots.length()").value(2))
                .andExpect(jsonPath("$.irr", closeTo(0.0, 1e-7), Double.class))
                .andExpect(jsonPath("$.irrAmbiguous").value(true));
    }

    @Test
    void bad_metrics_input_names_the_field() throws Exception {
        mvc.perform(postJson("/api/finance/metrics", Map.of("cashFlows", List.of(-100), "discountRate", 0.06)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cashFlows"));
        mvc.perform(postJson("/api/finance/metrics", Map.of("cashFlows", List.of(-100, 50, 60), "discountRate", -1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("discountRate"));
        mvc.perform(postJson("/api/finance/metrics", Map.of("cashFlows", List.of(-100, 50, 60))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("discountRate"));
        mvc.perform(postJson("/api/finance/metrics", "{\"cashFlows\": [-100, null, 60], \"discountRate\": 0.06}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cashFlows[1]"));
        mvc.perform(postJson("/api/finance/metrics", "{\"cashFlows\": [-100, \"x\"], \"discountRate\": 0.06}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cashFlows[1]"));
    }

    @Test
    void evaluate_reproduces_the_reference_base_case() throws Exception {
        // finance_base_case.json: finance_model.py under the paper's defaults (Chi et al. 2025, section 2.2.3)
        JsonNode m = ApiTestSupport.financeBaseCase().path("CSSES").path("metrics");
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "CSSES", "mechanism", "COMPREHENSIVE",
                        "view", "PROJECT_AFTER_TAX", "assumptions", Map.of())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metrics.irr", closeTo(m.path("FIRR_post").asDouble(), 1e-6), Double.class))
                .andExpect(jsonPath("$.metrics.npv", closeTo(m.path("FNPV_post").asDouble() * 1e8, 1e-6 * 2.4e8),
                        Double.class))
                .andExpect(jsonPath("$.metrics.totalRevenue", closeTo(m.path("TR_pv").asDouble() * 1e8, 1e-6 * 17.6e8),
                        Double.class))
                .andExpect(jsonPath("$.metrics.totalCost", closeTo(m.path("TC_pv").asDouble() * 1e8, 1e-6 * 15.2e8),
                        Double.class))
                .andExpect(jsonPath("$.metrics.staticPayback", closeTo(m.path("SPP_post").asDouble(), 1e-6),
                        Double.class))
                .andExpect(jsonPath("$.metrics.dynamicPayback", closeTo(m.path("DPP_post").asDouble(), 1e-6),
                        Double.class))
                .andExpect(jsonPath("$.metrics.priceToBook", closeTo(m.path("PB").asDouble(), 1e-6), Double.class))
                .andExpect(jsonPath("$.metrics.lcos", closeTo(m.path("LCOS").asDouble(), 1e-6), Double.class))
                .andExpect(jsonPath("$.metrics.costPerKwh",
                        closeTo(m.path("LCOS_TCpv_over_PVrated").asDouble(), 1e-6), Double.class))
                .andExpect(jsonPath("$.views.EQUITY.irr", closeTo(m.path("FIRR_equity").asDouble(), 1e-6),
                        Double.class))
                .andExpect(jsonPath("$.investment.constructionInvestment", closeTo(m.path("I_C").asDouble(), 1e-3),
                        Double.class))
                .andExpect(jsonPath("$.years.length()").value(21))
                .andExpect(jsonPath("$.assumptions.length()").value(AssumptionField.values().length))
                .andExpect(jsonPath("$.assumptions[?(@.key == 'spread')].provenance").value(hasItem("PAPER")))
                .andExpect(jsonPath("$.published.label").value("published"))
                .andExpect(jsonPath("$.published.figures.irr").isNumber());
    }

    @Test
    void evaluate_marks_user_assumptions_and_takes_defaults_for_the_rest() throws Exception {
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "TISES",
                        "assumptions", Map.of("spread", 0.8, "cyclesPerYear", 330, "includeCarbon", true,
                                "depreciationMode", "WHOLE"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mechanism").value("COMPREHENSIVE"))
                .andExpect(jsonPath("$.view").value("PROJECT_AFTER_TAX"))
                .andExpect(jsonPath("$.streams", hasItem("CARBON")))
                .andExpect(jsonPath("$.assumptions[?(@.key == 'spread')].provenance").value(hasItem("USER")))
                .andExpect(jsonPath("$.assumptions[?(@.key == 'depreciationMode')].option").value(hasItem("WHOLE")))
                .andExpect(jsonPath("$.assumptions[?(@.key == 'leasedShare')].provenance")
                        .value(hasItem("ASSUMPTION")));
    }

    @Test
    void bad_evaluate_input_names_every_field() throws Exception {
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "CSSES",
                        "assumptions", Map.of("spred", 0.7, "leasedShare", 2, "cyclesPerYear", "many"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "assumptions.spred", "assumptions.cyclesPerYear", "assumptions.leasedShare")));
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "CSSES", "assumptions",
                        Map.of("leasedShare", 2, "ratedPowerMw", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "assumptions.leasedShare", "assumptions.ratedPowerMw")));
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "TISES", "assumptions",
                        Map.of("arbitrageOnUnleasedOnly", false))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assumptions.leasedShare"));
        // an unknown key and a refused combination are reported together
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "TISES", "assumptions",
                        Map.of("arbitrageOnUnleasedOnly", false, "spred", 0.7))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "assumptions.spred", "assumptions.leasedShare")));
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "CSSES", "assumptions",
                        Map.of("chargingCostInOpex", true))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assumptions.chargingCostInOpex"))
                .andExpect(jsonPath("$.detail", containsString("double count")));
        mvc.perform(postJson("/api/finance/evaluate", Map.of("mechanism", "COMPREHENSIVE")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("model"));
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "HYBRID")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("model"));
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "CSSES", "mechanism", "BARTER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mechanism"));
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "CSSES", "view", "LENDER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("view"));
        mvc.perform(postJson("/api/finance/evaluate", Map.of("model", "CSSES", "assumptions",
                        Map.of("depreciationMode", "DOUBLE_DECLINING"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assumptions.depreciationMode"));
    }

    @Test
    void assumptions_and_mechanisms_are_listed() throws Exception {
        mvc.perform(getJson("/api/finance/assumptions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(AssumptionField.values().length))
                .andExpect(jsonPath("$[?(@.key == 'demandChargeBasisShare')].unit").value(hasItem("fraction of rated kW")))
                .andExpect(jsonPath("$[?(@.key == 'spread')].defaultValue").value(hasItem(0.7234)))
                .andExpect(jsonPath("$[?(@.key == 'includeCarbon')].defaultValue").value(hasItem(false)));
        mvc.perform(getJson("/api/finance/mechanisms"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mechanisms.length()").value(5))
                .andExpect(jsonPath("$.mechanisms[4].name").value("COMPREHENSIVE"))
                .andExpect(jsonPath("$.mechanisms[4].streamsByModel.TISES", hasItem("LEASE")))
                .andExpect(jsonPath("$.streams.length()").value(8));
    }

    @Test
    void the_openapi_description_documents_every_assumption_with_its_unit() throws Exception {
        mvc.perform(getJson("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Assumptions.properties.demandChargeBasisShare.description",
                        containsString("Unit: fraction of rated kW")))
                .andExpect(jsonPath("$.components.schemas.Assumptions.properties.spread.description",
                        containsString("CNY/kWh")))
                .andExpect(jsonPath("$.components.schemas.Assumptions.properties.length()")
                        .value(AssumptionField.values().length))
                .andExpect(jsonPath("$.paths['/api/recommendations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/ahp/group'].post").exists());
    }
}
