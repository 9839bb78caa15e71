package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.JSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import com.sesadvisor.testsupport.OnPostgres;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** /api/eligibility* and /api/rules/reload per shared/spec/api.md: verdicts, 4xx problems, batch, audit, roles. */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class EligibilityApiTest {

    private static final String REGULATOR = "api-regulator";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService accounts;

    /** A regulator's HTTP Basic sign-in. */
    private RequestPostProcessor regulator;

    @BeforeEach
    void regulator() {
        regulator = ApiTestSupport.signedIn(accounts, REGULATOR, "API regulator", "regulator-password",
                Role.REGULATOR);
    }

    private MockHttpServletRequestBuilder check(Object body) throws Exception {
        return post("/api/eligibility").with(regulator)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    private static Map<String, Object> hebei(String name, Object mw, Object mwh, Object cycles) {
        java.util.Map<String, Object> project = new java.util.HashMap<>();
        project.put("name", name);
        project.put("ratedPowerMw", mw);
        project.put("ratedEnergyMwh", mwh);
        project.put("annualCycles", cycles);
        return Map.of("ruleSet", "CN-HEBEI-2024", "project", project);
    }

    @Test
    void the_spec_example_is_eligible_with_every_rule_listed() throws Exception {
        mvc.perform(check(hebei("Demo", 100, 400, 330)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.ruleSet").value("CN-HEBEI-2024"))
                .andExpect(jsonPath("$.ruleSetVersion").isString())
                .andExpect(jsonPath("$.findings", hasSize(3)))
                .andExpect(jsonPath("$.findings[0].ruleId").value("ELIG-HE-001"))
                .andExpect(jsonPath("$.findings[0].passed").value(true))
                .andExpect(jsonPath("$.findings[0].required").value(">= 100 MW"))
                .andExpect(jsonPath("$.findings[0].actual").value("100 MW"))
                .andExpect(jsonPath("$.decidedBy").value(REGULATOR))
                .andExpect(jsonPath("$.auditId").isNumber());
    }

    @Test
    void just_below_each_threshold_is_not_eligible_and_names_the_failing_rule() throws Exception {
        mvc.perform(check(hebei("Small", 99.99, 400, 330))).andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[0].passed").value(false))
                .andExpect(jsonPath("$.findings[0].actual").value("99.99 MW"))
                .andExpect(jsonPath("$.findings[1].passed").value(true));
        mvc.perform(check(hebei("Short", 100, 399, 330))).andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[1].ruleId").value("ELIG-HE-002"))
                .andExpect(jsonPath("$.findings[1].actual").value("3.99 h"));
        mvc.perform(check(hebei("Few cycles", 100, 400, 329))).andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[2].passed").value(false));
    }

    @Test
    void chinese_messages_on_accept_language() throws Exception {
        mvc.perform(check(hebei("Demo", 99, 400, 330)).header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.findings[0].message", containsString("额定功率")));
    }

    @Test
    void unknown_rule_set_is_a_400_naming_the_known_ones() throws Exception {
        mvc.perform(check(Map.of("ruleSet", "CN-ATLANTIS-2030", "project", Map.of("name", "x", "ratedPowerMw", 1))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("ruleSet"))
                .andExpect(jsonPath("$.detail", containsString("CN-HEBEI-2024")));
    }

    @Test
    void missing_and_non_numeric_inputs_name_the_field() throws Exception {
        mvc.perform(check(hebei("Demo", 100, null, 330))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("project.ratedEnergyMwh"));
        mvc.perform(check(hebei("", -5, 400, 330))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("project.name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("project.ratedPowerMw")));
        mvc.perform(check(hebei("Demo", "abc", 400, 330))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("project.ratedPowerMw"));
        mvc.perform(check(Map.of("ruleSet", "CN-SHANDONG-2022", "project",
                        Map.of("name", "SD", "ratedPowerMw", 50, "ratedEnergyMwh", 100, "independentMetering", true))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("project.dispatchConnected")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("project.legalEntity")));
        mvc.perform(check(Map.of("ruleSet", "CN-HEBEI-2024"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("project"));
    }

    @Test
    void rule_sets_are_listed_with_source_and_as_of_date() throws Exception {
        mvc.perform(get("/api/eligibility/rule-sets").with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'CN-HEBEI-2024')].asOf").value(hasItem("2024-01-27")))
                .andExpect(jsonPath("$[?(@.name == 'CN-HEBEI-2024')].source").value(hasItem(containsString("Hebei"))))
                .andExpect(jsonPath("$[*].name", hasItem("CN-SHANDONG-2022")))
                .andExpect(jsonPath("$[*].name", hasItem("CN-GANSU-2023")))
                .andExpect(jsonPath("$[*].name", hasItem("CN-NATIONAL-2022")));
    }

    private static final String MIXED_CSV = """
            name,ratedPowerMw,ratedEnergyMwh,annualCycles
            Good,100,400,330
            Bad power,abc,400,330
            Too small,99.9,400,330
            Missing cycles,100,400,
            """;

    @Test
    void batch_with_mixed_rows_judges_the_good_ones_and_names_row_and_column_of_the_bad() throws Exception {
        mvc.perform(post("/api/eligibility/batch").with(regulator)
                        .contentType("text/csv").accept(MediaType.APPLICATION_JSON).content(MIXED_CSV))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(4)))
                .andExpect(jsonPath("$.eligible").value(1))
                .andExpect(jsonPath("$.notEligible").value(1))
                .andExpect(jsonPath("$.errors").value(2))
                .andExpect(jsonPath("$.rows[0].status").value("ELIGIBLE"))
                .andExpect(jsonPath("$.rows[1].status").value("ERROR"))
                .andExpect(jsonPath("$.rows[1].errors[0].field").value("ratedPowerMw"))
                .andExpect(jsonPath("$.rows[1].errors[0].message", containsString("Row 2, column ratedPowerMw")))
                .andExpect(jsonPath("$.rows[2].status").value("NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.rows[2].findings[0].passed").value(false))
                .andExpect(jsonPath("$.rows[3].errors[0].field").value("annualCycles"))
                .andExpect(jsonPath("$.rows[3].errors[0].message", containsString("Row 4")));
    }

    @Test
    void row_problems_stay_english_strings_for_api_clients_whatever_their_language() throws Exception {
        mvc.perform(post("/api/eligibility/batch").with(regulator).header("Accept-Language", "zh-CN")
                        .contentType("text/csv").accept(MediaType.APPLICATION_JSON).content(MIXED_CSV))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[1].errors[0].message").isString())
                .andExpect(jsonPath("$.rows[1].errors[0].message", containsString("is not a number")));
        mvc.perform(get("/v3/api-docs").with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.FieldProblem.properties.message.type").value("string"));
    }

    @Test
    void batch_answers_csv_when_asked() throws Exception {
        mvc.perform(post("/api/eligibility/batch").with(regulator)
                        .contentType("text/csv").accept("text/csv").content(MIXED_CSV))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("row,name,status,eligible")))
                .andExpect(content().string(containsString("3,Too small,NOT_ELIGIBLE,false,CN-HEBEI-2024")))
                .andExpect(content().string(containsString("ELIG-HE-001 (required >= 100 MW, actual 99.9 MW)")));
    }

    @Test
    void batch_without_a_required_column_is_a_400_naming_it() throws Exception {
        mvc.perform(post("/api/eligibility/batch").with(regulator)
                        .contentType("text/csv").accept("text/csv").content("name,ratedPowerMw\nA,100\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("header"))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("ratedEnergyMwh"))));
        mvc.perform(post("/api/eligibility/batch?ruleSet=NOPE").with(regulator)
                        .contentType("text/csv").content(MIXED_CSV))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ruleSet"));
    }

    @Test
    void every_decision_is_in_the_audit_trail_and_can_be_filtered_and_exported() throws Exception {
        String name = "Audit " + UUID.randomUUID();
        mvc.perform(check(hebei(name, 99.9, 400, 330))).andExpect(status().isOk());
        mvc.perform(get("/api/eligibility/audit").param("project", name.substring(0, 20).toLowerCase())
                        .param("ruleSet", "CN-HEBEI-2024").param("user", REGULATOR)
                        .param("from", java.time.LocalDate.now().minusDays(1).toString())
                        .param("to", java.time.LocalDate.now().plusDays(1).toString())
                        .with(regulator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].projectName").value(name))
                .andExpect(jsonPath("$[0].eligible").value(false))
                .andExpect(jsonPath("$[0].ruleSetVersion").isString())
                .andExpect(jsonPath("$[0].project.ratedPowerMw").value(99.9))
                .andExpect(jsonPath("$[0].checks[0].ruleId").value("ELIG-HE-001"))
                .andExpect(jsonPath("$[0].checks[0].passed").value(false))
                .andExpect(jsonPath("$[0].firedRules", hasItem("ELIG-HE-001")))
                .andExpect(jsonPath("$[0].decidedBy").value(REGULATOR));
        mvc.perform(get("/api/eligibility/audit").param("project", name).param("user", "somebody-else")
                        .with(regulator))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/eligibility/audit").param("project", name).accept("text/csv")
                        .with(regulator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("ELIG-HE-001:FAIL[>= 100 MW | 99.9 MW]")));
        mvc.perform(get("/api/eligibility/audit").param("from", "yesterday").with(regulator))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void reload_is_for_admins_only_and_reports_the_outcome() throws Exception {
        mvc.perform(post("/api/rules/reload").with(regulator))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/rules/reload").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.succeeded").value(true))
                .andExpect(jsonPath("$.trigger").value("admin"))
                .andExpect(jsonPath("$.servingVersion").isString());
    }

    @Test
    void audit_is_not_for_other_roles() throws Exception {
        accounts.createIfAbsent("api-expert", "Expert", "expert-password", Set.of(Role.EXPERT));
        mvc.perform(get("/api/eligibility/audit").with(httpBasic("api-expert", "expert-password")))
                .andExpect(status().isForbidden());
        mvc.perform(check(hebei("x", 100, 400, 330)).with(httpBasic("api-expert", "expert-password")))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("WWW-Authenticate"));
    }
}
