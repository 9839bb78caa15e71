package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.JSON;
import static com.sesadvisor.api.ApiTestSupport.getJson;
import static com.sesadvisor.api.ApiTestSupport.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import com.sesadvisor.testsupport.OnPostgres;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workshop API end to end on PostgreSQL: a facilitator scripts a 3-expert workshop (quorum 2), one expert
 * answers from their own account, one is deliberately inconsistent; results are complete with S* per group; after a
 * reopen with only 1 of 3 finished they are provisional with no consensus; the report carries the committee's record.
 */
@SpringBootTest
@AutoConfigureMockMvc
@OnPostgres
class WorkshopApiTest {

    private static final String EXPERT = "ws-api-expert";
    private static final String EXPERT_PASSWORD = "ws-api-expert-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountService accounts;

    private JsonNode body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString());
    }

    @Test
    void a_three_expert_workshop_end_to_end() throws Exception {
        accounts.createIfAbsent(EXPERT, "API Expert", EXPERT_PASSWORD, Set.of(Role.EXPERT));
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("name", "API committee");
        create.put("ruleSet", "CN-HEBEI-2024");
        create.put("hierarchy", "PAPER_DEFAULT");
        create.put("quorum", 2);
        create.put("anonymiseExperts", true);
        create.put("scenario", Map.of("spread", 0.8));
        JsonNode w = body(mvc.perform(postJson("/api/workshops", create)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.hierarchy.nodes[0].label.en").isString())
                .andExpect(jsonPath("$.hierarchy.nodes[0].label.zh").isString())
                .andExpect(jsonPath("$.quorum").value(2)));
        String id = w.path("id").asText();
        assertThat(w.path("hierarchy").path("nodes").get(0).path("children").size()).isEqualTo(4);

        List<String> pids = new ArrayList<>();
        for (String name : List.of("Ada", "Bo", "Cy")) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("displayName", name);
            p.put("weight", 1.0);
            p.put("username", name.equals("Ada") ? EXPERT : null);
            JsonNode created = body(mvc.perform(postJson("/api/workshops/" + id + "/participants", p))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.link").value(
                            org.hamcrest.Matchers.startsWith("/invite/"))));
            pids.add(created.path("id").asText());
        }

        // the groups to answer, as the expert's own account sees them
        JsonNode groups = body(mvc.perform(get("/api/workshops/" + id + "/participants/" + pids.get(0) + "/judgements")
                .with(httpBasic(EXPERT, EXPERT_PASSWORD)).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()));
        assertThat(groups.size()).isGreaterThanOrEqualTo(4);
        // the expert account reaches only its own participant
        mvc.perform(get("/api/workshops/" + id + "/participants/" + pids.get(1) + "/judgements")
                .with(httpBasic(EXPERT, EXPERT_PASSWORD)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        // and cannot set up or read results of a workshop that does not share them
        mvc.perform(get("/api/workshops/" + id + "/results").with(httpBasic(EXPERT, EXPERT_PASSWORD)))
                .andExpect(status().isForbidden());

        // finishing with nothing answered: 409 naming the open groups
        mvc.perform(post("/api/workshops/" + id + "/participants/" + pids.get(1) + "/finish")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.open.length()").value(groups.size()));

        // a bad cell is named
        String firstNode = groups.get(0).path("nodeId").asText();
        int n0 = groups.get(0).path("elements").size();
        List<List<Double>> bad = ones(n0);
        bad.get(0).set(1, 7.5);
        mvc.perform(put("/api/workshops/" + id + "/participants/" + pids.get(1) + "/judgements/" + firstNode)
                        .with(httpBasic("admin", "test-admin-password")).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("matrix", bad))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix[0][1]"));
        // comments (issue 16): a comment over 500 characters, or on no pair, is a 400 naming the entry
        for (Map<String, Object> c : List.<Map<String, Object>>of(
                Map.of("row", 0, "col", 1, "comment", "x".repeat(501)), Map.of("row", 0, "col", 0, "comment", "x"))) {
            mvc.perform(put("/api/workshops/" + id + "/participants/" + pids.get(1) + "/judgements/" + firstNode)
                            .with(httpBasic("admin", "test-admin-password")).contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("matrix", ones(n0), "comments", List.of(c)))))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("comments[0]"));
        }

        for (int e = 0; e < 3; e++) {
            for (JsonNode g : groups) {
                int n = g.path("elements").size();
                List<List<Double>> m = e == 2 && n >= 3 ? cyclic(n) : e == 1 ? favourFirst(n) : ones(n);
                var request = put("/api/workshops/" + id + "/participants/" + pids.get(e) + "/judgements/"
                        + g.path("nodeId").asText()).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(e == 0 && g == groups.get(0)
                                // (1, 0) is the pair (0, 1): stored once, returned as row < col
                                ? Map.of("matrix", m, "comments", List.of(Map.of("row", 1, "col", 0,
                                        "comment", "Tariff risk matters most")))
                                : Map.of("matrix", m)));
                request = e == 0 ? request.with(httpBasic(EXPERT, EXPERT_PASSWORD))
                        : request.with(httpBasic("admin", "test-admin-password"));
                JsonNode r = body(mvc.perform(request).andExpect(status().isOk()));
                assertThat(r.path("status").asText()).isEqualTo("DONE");
                if (e == 0 && g == groups.get(0)) {
                    assertThat(r.path("comments").toString())
                            .isEqualTo("[{\"row\":0,\"col\":1,\"comment\":\"Tariff risk matters most\"}]");
                }
                if (e == 2 && n >= 3) {
                    assertThat(r.path("consistent").asBoolean()).isFalse();
                    assertThat(r.path("cr").asDouble()).isGreaterThan(0.1);
                    assertThat(r.path("inconsistentJudgements").size()).isPositive();
                }
            }
        }
        mvc.perform(post("/api/workshops/" + id + "/participants/" + pids.get(0) + "/finish")
                .with(httpBasic(EXPERT, EXPERT_PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/workshops/" + id + "/participants/" + pids.get(1) + "/finish")
                .with(httpBasic("admin", "test-admin-password"))).andExpect(status().isOk());
        // the inconsistent expert is refused unless the inconsistency is kept on purpose
        mvc.perform(post("/api/workshops/" + id + "/participants/" + pids.get(2) + "/finish")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.inconsistent.length()").value(
                        org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(postJson("/api/workshops/" + id + "/participants/" + pids.get(2) + "/finish",
                Map.of("keepInconsistent", true))).andExpect(status().isOk());

        JsonNode done = body(mvc.perform(getJson("/api/workshops/" + id + "/results")).andExpect(status().isOk()));
        assertThat(done.path("complete").asBoolean()).isTrue();
        assertThat(done.path("quorumMet").asBoolean()).isTrue();
        assertThat(done.path("provisional").asBoolean()).isFalse();
        assertThat(done.path("ranking").size()).isEqualTo(3);
        for (JsonNode node : done.path("nodes")) {
            assertThat(node.path("experts").asInt()).isEqualTo(3);
            assertThat(node.path("consensus").isNumber()).as(node.toString()).isTrue();
            double sum = 0;
            for (JsonNode x : node.path("weights")) {
                sum += x.asDouble();
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }

        // reopen for everyone; only one of three finishes again
        mvc.perform(postJson("/api/workshops/" + id + "/reopen", Map.of())).andExpect(status().isOk())
                .andExpect(jsonPath("$.reopened").value(3 * groups.size()));
        for (JsonNode g : groups) {
            mvc.perform(put("/api/workshops/" + id + "/participants/" + pids.get(0) + "/judgements/"
                            + g.path("nodeId").asText()).with(httpBasic(EXPERT, EXPERT_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("matrix", ones(g.path("elements").size())))))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/workshops/" + id + "/participants/" + pids.get(0) + "/finish")
                .with(httpBasic(EXPERT, EXPERT_PASSWORD))).andExpect(status().isOk());
        JsonNode reopened = body(mvc.perform(getJson("/api/workshops/" + id + "/results")).andExpect(status().isOk()));
        assertThat(reopened.path("complete").asBoolean()).isFalse();
        assertThat(reopened.path("quorumMet").asBoolean()).isFalse();
        assertThat(reopened.path("provisional").asBoolean()).isTrue();
        for (JsonNode node : reopened.path("nodes")) {
            assertThat(node.path("experts").asInt()).isEqualTo(1);
            assertThat(node.path("consensus").isNull()).as(node.toString()).isTrue();
        }

        // the committee's record: JSON, PDF and Excel
        JsonNode report = body(mvc.perform(getJson("/api/workshops/" + id + "/report")).andExpect(status().isOk()));
        JsonNode committee = report.path("committee");
        assertThat(committee.path("provisional").asBoolean()).isTrue();
        assertThat(committee.path("anonymised").asBoolean()).isTrue();
        assertThat(committee.path("hierarchy").size()).isGreaterThan(10);
        assertThat(committee.path("groups").size()).isEqualTo(groups.size());
        JsonNode goal = committee.path("groups").get(0);
        assertThat(goal.path("judgements").size()).isEqualTo(3);
        assertThat(goal.path("judgements").get(0).path("expert").asText()).isEqualTo("Expert 1");
        assertThat(goal.path("judgements").get(0).path("comments").toString())
                .isEqualTo("[{\"row\":0,\"col\":1,\"text\":\"Tariff risk matters most\"}]");
        assertThat(goal.path("judgements").get(1).path("matrix").get(0).get(1).asDouble()).isEqualTo(3.0);
        assertThat(report.toString()).doesNotContain("Ada").doesNotContain("\"Bo\"");
        assertThat(committee.path("eligibility").size()).isPositive();
        assertThat(committee.path("eligibility").get(0).path("ruleId").asText()).isNotBlank();
        assertThat(report.path("input").path("assumptionSources").path("spread").asText()).isEqualTo("USER");

        byte[] pdf = mvc.perform(get("/api/workshops/" + id + "/report").with(httpBasic("admin",
                "test-admin-password")).accept(MediaType.APPLICATION_PDF)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        assertThat(text.toString()).contains("The committee's record").contains("PROVISIONAL").contains("Expert 3")
                .contains("Economic");

        byte[] xlsx = mvc.perform(get("/api/workshops/" + id + "/report").with(httpBasic("admin",
                "test-admin-password")).accept(WorkshopController.XLSX)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("Hierarchy")).isNotNull();
            long groupSheets = 0;
            for (Sheet s : wb) {
                if (s.getSheetName().startsWith("Group ")) {
                    groupSheets++;
                }
            }
            assertThat(groupSheets).isEqualTo(groups.size());
            assertThat(wb.getSheet("Eligibility").getRow(2).getCell(0).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void bad_input_is_a_4xx_naming_the_field() throws Exception {
        mvc.perform(postJson("/api/workshops", Map.of("name", "Q", "quorum", 0)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quorum"));
        mvc.perform(postJson("/api/workshops", Map.of("name", "", "quorum", 1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(postJson("/api/workshops", Map.of("name", "S", "scenario", Map.of("ratedPowerMw", -1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("scenario.ratedPowerMw")));
        mvc.perform(postJson("/api/workshops", Map.of("name", "H", "hierarchy", Map.of("nodes", List.of(
                        Map.of("id", "G", "label", Map.of("en", "Goal"), "children", List.of(
                                Map.of("id", "A", "label", Map.of("zh", "甲")))))))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nodes[G]"));
        mvc.perform(getJson("/api/workshops/abc/results")).andExpect(status().isNotFound());
        mvc.perform(getJson("/api/workshops/999999/results")).andExpect(status().isNotFound());
    }

    @Test
    void a_custom_bilingual_hierarchy_keeps_both_labels() throws Exception {
        Map<String, Object> h = Map.of("nodes", List.of(Map.of("id", "G", "label", Map.of("en", "Goal", "zh", "目标"),
                "children", List.of(Map.of("id", "A", "label", Map.of("en", "Cost", "zh", "成本")),
                        Map.of("id", "B", "label", Map.of("zh", "就业"))))));
        mvc.perform(postJson("/api/workshops", Map.of("name", "Bilingual", "hierarchy", h)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hierarchy.nodes[0].label.zh").value("目标"))
                .andExpect(jsonPath("$.hierarchy.nodes[0].children[0].label.en").value("Cost"))
                .andExpect(jsonPath("$.hierarchy.nodes[0].children[1].label.en").value("就业"))
                .andExpect(jsonPath("$.hierarchy.nodes[0].children[1].label.zh").value("就业"));
    }

    @Test
    void indicator_sources_are_read_and_chosen_over_the_api_and_reach_results_and_reports() throws Exception {
        JsonNode w = body(mvc.perform(postJson("/api/workshops", Map.of("name", "Sources", "hierarchy",
                "PAPER_DEFAULT"))).andExpect(status().isCreated()));
        String base = "/api/workshops/" + w.path("id").asText();
        JsonNode sources = body(mvc.perform(getJson(base + "/indicator-sources")).andExpect(status().isOk()));
        Map<String, String> bySource = new LinkedHashMap<>();
        String pairwise = null;
        for (JsonNode s : sources) {
            bySource.put(s.path("indicatorId").asText(), s.path("source").asText());
            if (pairwise == null && s.path("source").asText().equals("COMMITTEE_PAIRWISE")) {
                pairwise = s.path("indicatorId").asText();
            }
        }
        assertThat(bySource).containsEntry("IRR", "FINANCE").containsEntry("ROUND_TRIP_EFFICIENCY", "SCENARIO")
                .containsEntry("ANNUAL_FULL_CYCLES", "SCENARIO");
        assertThat(pairwise).isNotNull();
        // the viewer's language names the indicators
        JsonNode zh = body(mvc.perform(getJson(base + "/indicator-sources").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()));
        assertThat(zh.get(0).path("name").asText()).containsPattern("\\p{IsHan}");

        String url = base + "/indicator-sources/" + pairwise;
        mvc.perform(put(url).with(httpBasic("admin", "test-admin-password")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"EXCLUDED\", \"version\": -1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(put(url).with(httpBasic("admin", "test-admin-password")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"COMMITTEE_RATING\", \"reason\": \"r\", "
                                + "\"ratings\": {\"CSSES\": 3, \"TISES\": 10, \"DSSES\": 1}, \"version\": -1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ratings.TISES"));
        mvc.perform(put(url).with(httpBasic("admin", "test-admin-password")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"EXCLUDED\", \"reason\": \"No survey data\", \"version\": -1}"))
                .andExpect(status().isOk());
        // a second change made on the same (stale) view is refused, not overwritten
        mvc.perform(put(url).with(httpBasic("admin", "test-admin-password")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"COMMITTEE_PAIRWISE\", \"version\": -1}"))
                .andExpect(status().isConflict());

        JsonNode results = body(mvc.perform(getJson(base + "/results")).andExpect(status().isOk()));
        JsonNode excluded = null;
        for (JsonNode i : results.path("indicators")) {
            if (i.path("indicatorId").asText().equals(pairwise)) {
                excluded = i;
            }
        }
        assertThat(excluded).isNotNull();
        assertThat(excluded.path("source").asText()).isEqualTo("EXCLUDED");
        assertThat(excluded.path("reason").asText()).isEqualTo("No survey data");
        assertThat(excluded.path("decidedBy").asText()).isEqualTo("admin");
        assertThat(results.path("indicators").size()).isEqualTo(sources.size());

        JsonNode report = body(mvc.perform(getJson(base + "/report")).andExpect(status().isOk()));
        JsonNode rows = report.path("committee").path("indicators");
        assertThat(rows.size()).isEqualTo(sources.size());
        assertThat(rows.toString()).contains("\"source\":\"EXCLUDED\"").contains("No survey data");
        byte[] xlsx = mvc.perform(get(base + "/report").with(httpBasic("admin", "test-admin-password"))
                .accept(WorkshopController.XLSX)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Indicator sources");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(sources.size());
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(pairwise)) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isEqualTo("EXCLUDED");
                    assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).contains("No survey data");
                }
            }
            assertThat(found).isTrue();
        }
    }

    private static List<List<Double>> ones(int n) {
        List<List<Double>> m = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(1.0);
            }
            m.add(row);
        }
        return m;
    }

    /** Element 0 three times as important as each other (consistent). */
    private static List<List<Double>> favourFirst(int n) {
        List<List<Double>> m = ones(n);
        for (int j = 1; j < n; j++) {
            m.get(0).set(j, 3.0);
            m.get(j).set(0, 1.0 / 3);
        }
        return m;
    }

    /** 0 >> 1 >> 2 >> 0: as inconsistent as it gets. */
    private static List<List<Double>> cyclic(int n) {
        List<List<Double>> m = ones(n);
        m.get(0).set(1, 9.0);
        m.get(1).set(0, 1.0 / 9);
        m.get(1).set(2, 9.0);
        m.get(2).set(1, 1.0 / 9);
        m.get(0).set(2, 1.0 / 9);
        m.get(2).set(0, 9.0);
        return m;
    }
}
