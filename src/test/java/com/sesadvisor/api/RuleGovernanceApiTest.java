package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.JSON;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.rules.RuleEngine;
import com.sesadvisor.rules.RuleSetInfo;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /api/rules (scenarios and results), history, assessment dates, re-run and the 503 of a quarantined set. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RuleGovernanceApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService accounts;

    /** A regulator's HTTP Basic sign-in. */
    private RequestPostProcessor regulator;

    @Autowired
    RuleEngine engine;

    @BeforeEach
    void regulator() {
        regulator = ApiTestSupport.signedIn(accounts, "gov-regulator", "Governance regulator", "regulator-password",
                Role.REGULATOR);
    }

    private static Map<String, Object> body(String ruleSet, double mw, double mwh, Double cycles, String date) {
        Map<String, Object> project = new HashMap<>();
        project.put("name", "Gov");
        project.put("ratedPowerMw", mw);
        project.put("ratedEnergyMwh", mwh);
        project.put("annualCycles", cycles);
        Map<String, Object> body = new HashMap<>();
        body.put("ruleSet", ruleSet);
        body.put("project", project);
        body.put("assessmentDate", date);
        return body;
    }

    @Test
    void rules_status_shows_every_rule_set_with_its_scenarios_and_their_results() throws Exception {
        mvc.perform(get("/api/rules").with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.packaged").value(false))
                .andExpect(jsonPath("$.ruleSets[?(@.name == 'CN-HEBEI-2024')].checks[2]").value("ELIG-HE-003"))
                .andExpect(jsonPath("$.ruleSets[?(@.name == 'CN-HEBEI-2024')].scenarios[1].name")
                        .value("Power just under the 100 MW floor"))
                .andExpect(jsonPath("$.ruleSets[?(@.name == 'CN-HEBEI-2024')].scenarios[1].expected")
                        .value("not eligible: ELIG-HE-001"))
                .andExpect(jsonPath("$.ruleSets[?(@.name == 'CN-HEBEI-2024')].scenarios[1].serving.passed")
                        .value(true));
        mvc.perform(get("/api/rules/history").with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].outcome", hasItem("ACTIVATED")))
                .andExpect(jsonPath("$[*].actor", hasItem("start-up")));
    }

    @Test
    void a_check_names_its_assessment_date_and_a_date_without_a_version_in_force_is_a_400() throws Exception {
        mvc.perform(post("/api/eligibility").with(regulator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body("CN-HEBEI-2024", 100, 400, 330.0, "2024-06-30"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessmentDate").value("2024-06-30"))
                .andExpect(jsonPath("$.eligible").value(true));
        mvc.perform(post("/api/eligibility").with(regulator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body("CN-HEBEI-2024", 100, 400, 330.0, "2020-01-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("project.assessmentDate"));
    }

    @Test
    void an_audited_verdict_can_be_re_run_on_the_current_rules() throws Exception {
        String response = mvc.perform(post("/api/eligibility").with(regulator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body("CN-HEBEI-2024", 100, 400, 10.0, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode verdict = JSON.readTree(response);
        mvc.perform(post("/api/eligibility/audit/" + verdict.get("auditId").asLong() + "/rerun")
                        .with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(false))
                .andExpect(jsonPath("$.eligibleThen").value(false))
                .andExpect(jsonPath("$.eligibleNow").value(false))
                .andExpect(jsonPath("$.ruleBaseVersionThen").value(verdict.get("ruleBaseVersion").asText()))
                .andExpect(jsonPath("$.checks[2].ruleId").value("ELIG-HE-003"));
        mvc.perform(post("/api/eligibility/audit/999999999/rerun").with(regulator))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No audit entry 999999999."));
    }

    @Test
    void a_quarantined_rule_set_answers_503_naming_it_while_the_others_answer() throws Exception {
        RuleSetInfo gansu = RuleSetInfo.of(engine.current()).get("CN-GANSU-2023");
        engine.quarantine(gansu.name(), gansu.file(), gansu.version(), "Rule evaluation stopped after 10000 rule "
                + "firings (limit 10000)");
        try {
            mvc.perform(post("/api/eligibility").with(regulator)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(body("CN-GANSU-2023", 10, 20, null, null))))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Rule set quarantined"))
                    .andExpect(jsonPath("$.ruleSet").value("CN-GANSU-2023"))
                    .andExpect(jsonPath("$.file").value("eligibility/CN-GANSU-2023.drl"));
            mvc.perform(post("/api/eligibility").with(regulator)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(body("CN-HEBEI-2024", 100, 400, 330.0, null))))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/rules").with(regulator))
                    .andExpect(jsonPath("$.quarantined.length()").value(greaterThanOrEqualTo(1)));
        } finally {
            engine.liftQuarantines();
        }
    }
}
