package com.sesadvisor.api;

import static com.sesadvisor.api.ApiTestSupport.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.sesadvisor.eligibility.batch.BatchJobService;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** /api/eligibility/batches (docs/api.md "Batch jobs"): streaming upload, progress, bad rows, cancel, downloads. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EligibilityBatchApiTest {

    private static final String HEADER = "name,ratedPowerMw,ratedEnergyMwh,annualCycles\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService accounts;

    @Autowired
    BatchJobService batches;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor regulator;

    @BeforeEach
    void regulator() {
        regulator = ApiTestSupport.signedIn(accounts, "batch-regulator", "Batch regulator", "regulator-password",
                Role.REGULATOR);
    }

    /** {@code n} rows; every 100th has a bad power cell, every 3rd is too short (2 h) to be eligible. */
    static String rows(int n) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            String mw = i % 100 == 0 ? "lots" : "100";
            String mwh = i % 3 == 0 ? "200" : "400";
            sb.append("P").append(i).append(',').append(mw).append(',').append(mwh).append(",330\n");
        }
        return sb.toString();
    }

    private JsonNode upload(String csv) throws Exception {
        MvcResult r = mvc.perform(post("/api/eligibility/batches").with(regulator).contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/eligibility/batches/")))
                .andReturn();
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    private JsonNode finished(JsonNode job) throws Exception {
        assertThat(batches.await(job.get("id").asLong(), 120_000)).isTrue();
        assertThat(batches.await(job.get("id").asLong(), 60_000)).isTrue();
        return job(job.get("id").asLong());
    }

    private JsonNode job(long id) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/eligibility/batches/" + id).with(regulator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private MvcResult results(long id, String accept) throws Exception {
        return mvc.perform(get("/api/eligibility/batches/" + id + "/results").with(regulator).header("Accept", accept))
                .andExpect(status().isOk()).andReturn();
    }

    @Test
    void a_csv_batch_judges_every_row_and_reports_bad_rows_by_line_field_and_cell() throws Exception {
        JsonNode job = finished(upload(rows(3000)));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("rowsRead").asLong()).isEqualTo(3000);
        assertThat(job.get("rowsFailed").asLong()).isEqualTo(30);
        assertThat(job.get("rowsJudged").asLong()).isEqualTo(2970);
        // rows divisible by 3 (and not by 100) are 2 h systems: not eligible
        long shortOnes = java.util.stream.IntStream.rangeClosed(1, 3000).filter(i -> i % 3 == 0 && i % 100 != 0)
                .count();
        assertThat(job.get("rowsNotEligible").asLong()).isEqualTo(shortOnes);
        assertThat(job.get("rowsEligible").asLong()).isEqualTo(2970 - shortOnes);

        String csv = results(job.get("id").asLong(), "text/csv").getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3001);
        assertThat(lines.get(0)).isEqualTo("row,line,name,status,eligible,ruleSet,ruleSetVersion,failedRules,errors");
        assertThat(lines.get(1)).startsWith("1,2,P1,ELIGIBLE,true,CN-HEBEI-2024,");
        assertThat(lines.get(100)).startsWith("100,101,P100,ERROR,,").contains("ratedPowerMw").contains("'lots'");
        assertThat(lines.get(3)).startsWith("3,4,P3,NOT_ELIGIBLE,false,").contains("ELIG-HE-");

        String ndjson = results(job.get("id").asLong(), "application/x-ndjson").getResponse()
                .getContentAsString();
        List<String> objects = ndjson.lines().toList();
        assertThat(objects).hasSize(3000);
        JsonNode bad = JSON.readTree(objects.get(99));
        assertThat(bad.get("status").asText()).isEqualTo("ERROR");
        assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("ratedPowerMw");
        assertThat(bad.get("errors").get(0).get("line").asInt()).isEqualTo(101);
        assertThat(bad.get("errors").get(0).get("cell").asText()).isEqualTo("B101");
        assertThat(JSON.readTree(objects.get(0)).get("eligible").asBoolean()).isTrue();
    }

    @Test
    void an_xlsx_upload_is_read_as_a_stream_and_names_the_bad_cell() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("projects");
            var head = sheet.createRow(0);
            String[] names = {"name", "ratedPowerMw", "ratedEnergyMwh", "annualCycles"};
            for (int c = 0; c < names.length; c++) {
                head.createCell(c).setCellValue(names[c]);
            }
            var ok = sheet.createRow(1);
            ok.createCell(0).setCellValue("Good");
            ok.createCell(1).setCellValue(100.5);
            ok.createCell(2).setCellValue(402.25);
            ok.createCell(3).setCellValue(330);
            var bad = sheet.createRow(3); // a blank row 3 in between is skipped
            bad.createCell(0).setCellValue("Bad");
            bad.createCell(1).setCellValue(100);
            bad.createCell(2).setCellValue("four hundred");
            bad.createCell(3).setCellValue(330);
            wb.write(bytes);
        }
        MockMultipartFile file = new MockMultipartFile("file", "projects.xlsx", EligibilityBatchController.XLSX,
                bytes.toByteArray());
        JsonNode job = JSON.readTree(mvc.perform(multipart("/api/eligibility/batches").file(file).with(regulator))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        assertThat(job.get("format").asText()).isEqualTo("XLSX");
        assertThat(job.get("fileName").asText()).isEqualTo("projects.xlsx");
        job = finished(job);
        assertThat(job.get("rowsJudged").asLong()).isEqualTo(1);
        assertThat(job.get("rowsFailed").asLong()).isEqualTo(1);
        List<String> objects = results(job.get("id").asLong(), "application/x-ndjson").getResponse()
                .getContentAsString().lines().toList();
        assertThat(objects).hasSize(2);
        assertThat(objects.get(0)).contains("\"name\":\"Good\"");
        JsonNode error = JSON.readTree(objects.get(1)).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("ratedEnergyMwh");
        assertThat(error.get("cell").asText()).isEqualTo("C4");
        assertThat(error.get("message").asText()).contains("four hundred");
    }

    @Test
    void bad_uploads_are_refused_before_a_job_exists_with_problems_naming_the_field() throws Exception {
        mvc.perform(post("/api/eligibility/batches").with(regulator).contentType("text/csv")
                        .content("name,ratedPowerMw\nA,100\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("header"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ratedEnergyMwh")));
        mvc.perform(post("/api/eligibility/batches").with(regulator).contentType("text/csv").content(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/eligibility/batches").with(regulator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(post("/api/eligibility/batches").with(regulator).contentType(EligibilityBatchController.XLSX)
                        .content(new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(post("/api/eligibility/batches?ruleSet=NOPE").with(regulator).contentType("text/csv")
                        .content(rows(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ruleSet"));
    }

    @Test
    void a_running_job_can_be_downloaded_in_part_and_cancelled_keeping_what_was_committed() throws Exception {
        JsonNode job = upload(rows(150_000));
        long id = job.get("id").asLong();
        JsonNode now = job(id);
        for (int i = 0; i < 500 && now.get("rowsJudged").asLong() == 0; i++) {
            Thread.sleep(10);
            now = job(id);
        }
        MvcResult partial = results(id, "text/csv");
        long partialRows = partial.getResponse().getContentAsString().lines().count() - 1;
        if ("RUNNING".equals(partial.getResponse().getHeader("X-Batch-Status"))) {
            assertThat(partialRows).isLessThan(150_000);
        }
        mvc.perform(delete("/api/eligibility/batches/" + id).with(regulator)).andExpect(status().isAccepted());
        JsonNode end = finished(job);
        assertThat(end.get("status").asText()).isEqualTo("CANCELLED");
        long done = end.get("rowsJudged").asLong() + end.get("rowsFailed").asLong();
        assertThat(done).isLessThan(150_000).isGreaterThanOrEqualTo(partialRows);
        long downloaded = results(id, "text/csv").getResponse().getContentAsString().lines().count() - 1;
        assertThat(downloaded).isEqualTo(done);

        // another regulator does not see it; the owner can delete the finished job
        RequestPostProcessor other = ApiTestSupport.signedIn(accounts, "batch-other", "Other", "other-password",
                Role.REGULATOR);
        mvc.perform(get("/api/eligibility/batches/" + id).with(other)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/eligibility/batches/" + id).with(regulator)).andExpect(status().isNoContent());
        mvc.perform(get("/api/eligibility/batches/" + id).with(regulator)).andExpect(status().isNotFound());
    }

    @Test
    void a_job_left_running_by_a_crash_is_marked_interrupted_at_start_up() {
        jdbc.update("insert into eligibility_batch_job (owner_name, rule_set, file_format, status, created_at, "
                + "started_at, rows_read) values ('batch-regulator', 'CN-HEBEI-2024', 'CSV', 'RUNNING', ?, ?, 4000)",
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select max(id) from eligibility_batch_job", Long.class);
        batches.markInterrupted(); // what the application-started listener runs
        var job = batches.find(id).orElseThrow();
        assertThat(job.status().name()).isEqualTo("INTERRUPTED");
        assertThat(job.finishedAt()).isNotNull();
        assertThat(job.message()).contains("stopped");
    }

    @Test
    void another_instances_live_job_is_neither_interrupted_by_a_start_up_nor_deleted_by_a_cancel() {
        long beating = liveJobOfAnotherInstance(Instant.now());
        long silent = liveJobOfAnotherInstance(Instant.now().minusSeconds(600));
        batches.markInterrupted(); // this instance starting beside a running one
        assertThat(batches.find(beating).orElseThrow().status().name()).isEqualTo("RUNNING");
        assertThat(batches.find(silent).orElseThrow().status().name()).isEqualTo("INTERRUPTED");

        var afterCancel = batches.cancelOrDelete(beating); // asked here, run elsewhere: a request, not a delete
        assertThat(afterCancel).isPresent();
        assertThat(afterCancel.get().status().name()).isEqualTo("RUNNING");
        assertThat(jdbc.queryForObject("select cancel_requested from eligibility_batch_job where id = ?",
                Boolean.class, beating)).isTrue();
    }

    private long liveJobOfAnotherInstance(Instant heartbeat) {
        jdbc.update("insert into eligibility_batch_job (owner_name, rule_set, file_format, status, created_at, "
                + "started_at, rows_read, instance_id, heartbeat_at) values ('batch-regulator', 'CN-HEBEI-2024', "
                + "'CSV', 'RUNNING', ?, ?, 2000, 'another-instance', ?)", Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()), Timestamp.from(heartbeat));
        return jdbc.queryForObject("select max(id) from eligibility_batch_job", Long.class);
    }
}
