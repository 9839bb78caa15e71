package com.sesadvisor.workshop.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sesadvisor.workshop.TestWorkshops;
import com.sesadvisor.workshop.transfer.JudgementTransferService;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The workshop page's "Import judgements": the file through the service, every problem at its line and column. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class JudgementImportPresenterTest {

    private static final String HEADER = "expert,weight,group,row,column,value,status,updatedAt\r\n";

    @Autowired
    TestWorkshops fixtures;
    @Autowired
    JudgementTransferService transfer;

    private long workshop() {
        return fixtures.workshop("Import button", null, "facilitator").hierarchy(TestWorkshops.economicAndSocial())
                .settings(TestWorkshops.aij(false)).create();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_bad_csv_lists_every_problem_by_line_and_column_and_stores_nothing() {
        long id = workshop();
        byte[] file = bytes("\uFEFF" + HEADER // as a spreadsheet saves "CSV UTF-8"
                + "Ana,2,GOAL,ECONOMIC,SOCIAL,3,DONE,2025-03-01T09:30:00Z\r\n"
                + "Bo,1,GOAL,ECONOMIC,SOCIAL,12,DONE,2025-03-01T09:30:00Z\r\n"
                + "Bo,1,NOPE,ECONOMIC,SOCIAL,3,DONE,2025-03-01T09:30:00Z\r\n"
                + "Chen,1,GOAL\r\n");
        JudgementImportPresenter.Outcome en = new JudgementImportPresenter(transfer, Locale.ENGLISH)
                .importFile(id, "judgements.csv", file);
        assertThat(en.imported()).isFalse();
        assertThat(en.headline()).isEqualTo("Nothing was imported: 3 problem(s).");
        // in the file's order, though the reader finds line 5's fault before the checks of lines 3 and 4
        assertThat(en.problems()).extracting(JudgementImportPresenter.Problem::place)
                .containsExactly("Line 3, column 6 (value)", "Line 4, column 3 (group)", "Line 5");
        assertThat(en.problems().get(0).line()).isEqualTo("Line 3, column 6 (value): A value of Saaty's scale "
                + "1/9 … 9 (or empty for unanswered) is expected.");
        assertThat(en.problems().get(2).message()).isEqualTo("Expected 8 columns, found 3.");
        assertThat(fixtures.participants().list(id)).isEmpty();

        JudgementImportPresenter.Outcome zh = new JudgementImportPresenter(transfer, Locale.SIMPLIFIED_CHINESE)
                .importFile(id, "judgements.csv", file);
        assertThat(zh.headline()).isEqualTo("未导入任何内容：发现 3 个问题。");
        assertThat(zh.problems().get(0).line()).startsWith("第 3 行第 6 列（value）：");
    }

    @Test
    void a_good_file_is_imported_whatever_its_name_and_a_json_path_stays_as_in_the_file() {
        long id = workshop();
        JudgementImportPresenter presenter = new JudgementImportPresenter(transfer, Locale.ENGLISH);
        JudgementImportPresenter.Outcome ok = presenter.importFile(id, "from-mail",
                bytes(HEADER + "Ana,2,GOAL,ECONOMIC,SOCIAL,3,DONE,2025-03-01T09:30:00Z\r\n"));
        assertThat(ok.imported()).isTrue();
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.headline()).isEqualTo("Imported 1 group judgement(s) of 1 expert(s) (1 new).");
        assertThat(fixtures.participants().list(id)).extracting(p -> p.profile().name()).containsExactly("Ana");

        JudgementImportPresenter.Outcome json = presenter.importFile(id, "judgements.txt",
                bytes(" {\"format\": \"ses-advisor-judgements/1\", \"experts\": [{\"expert\": \"Bo\", \"weight\": 1,"
                        + " \"groups\": [{\"group\": \"GOAL\", \"elements\": [\"ECONOMIC\", \"SOCIAL\"],"
                        + " \"status\": \"DONE\", \"updatedAt\": \"2025-03-01T09:30:00Z\","
                        + " \"pairs\": [{\"row\": \"ECONOMIC\", \"column\": \"SOCIAL\", \"value\": 10}]}]}]}"));
        assertThat(json.imported()).isFalse();
        assertThat(json.problems()).extracting(JudgementImportPresenter.Problem::place)
                .containsExactly("experts[0].groups[0].pairs[0].value");
        assertThat(fixtures.participants().list(id)).hasSize(1);
        assertThat(presenter.rejected()).isEqualTo("Only one CSV or JSON file of at most 5 MB can be imported.");
    }
}
