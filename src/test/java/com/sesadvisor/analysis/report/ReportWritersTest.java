package com.sesadvisor.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Writes each export of a real analysis and reads it back with an independent reader. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportWritersTest {

    @Autowired
    AnalysisService service;

    AnalysisReport report;

    @BeforeEach
    void analyse() {
        AnalysisInput in = AnalysisInput.paperBaseCase().withAssumptions(AnalysisInput.paperBaseCase().assumptions()
                .with(AssumptionField.SPREAD, 0.8));
        report = service.report(in, RecommendationOptions.defaults());
    }

    @Test
    void pdfIsAValidPdfWithTheCommitteeContent() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReportWriter.write(report, out);
        byte[] pdf = out.toByteArray();
        // kept for a human look at the layout (target/ is build output)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "analysis-report-sample.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(text.getTextFromPage(p)).append('\n');
        }
        String s = all.toString();
        assertThat(s).contains("SES Advisor", "CSSES", "TISES", "DSSES", "TOPSIS closeness", "IRR heat maps",
                "spread", "USER", report.ranking().ruleBaseVersion());
        String top = report.ranking().recommendation().top();
        assertThat(s).contains(top);
        reader.close();
    }

    @Test
    void workbookHasEverySheetAndTheEngineNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReportWriter.write(report, Locale.ENGLISH, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheet("Assumptions")).isNotNull();
            assertThat(wb.getSheet("CSSES EQUITY")).isNotNull();
            assertThat(wb.getSheet("DSSES AFTER_TAX")).isNotNull();
            assertThat(wb.getSheet("Indicators")).isNotNull();
            assertThat(wb.getSheet("Weights")).isNotNull();
            assertThat(wb.getSheet("TOPSIS")).isNotNull();
            assertThat(wb.getSheet("Findings")).isNotNull();
            Sheet ind = wb.getSheet("Indicators");
            // row 1 = CSSES PROJECT_PRE_TAX: NPV in column 3
            double npv = report.finance().of(InvestmentModel.CSSES).result().metrics(CashFlowView.PROJECT_PRE_TAX).npv();
            assertThat(ind.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(npv);
            Sheet a = wb.getSheet("Assumptions");
            boolean spreadIsUser = false;
            for (int r = 1; r <= a.getLastRowNum(); r++) {
                if ("spread".equals(a.getRow(r).getCell(0).getStringCellValue())) {
                    spreadIsUser = "USER".equals(a.getRow(r).getCell(4).getStringCellValue())
                            && a.getRow(r).getCell(1).getNumericCellValue() == 0.8;
                }
            }
            assertThat(spreadIsUser).isTrue();
        }
    }

    @Test
    void chineseWorkbookSaysEverythingAPersonReadsInChinese() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReportWriter.write(report, Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet a = wb.getSheet("假设");
            assertThat(a).isNotNull();
            assertThat(a.getRow(0).getCell(5).getStringCellValue()).isEqualTo("含义");
            for (int r = 1; r <= a.getLastRowNum(); r++) {
                if ("spread".equals(a.getRow(r).getCell(0).getStringCellValue())) {
                    assertThat(a.getRow(r).getCell(2).getStringCellValue()).isEqualTo("元/kWh");
                    assertThat(a.getRow(r).getCell(5).getStringCellValue()).contains("峰谷");
                    assertThat(a.getRow(r).getCell(6).getStringCellValue()).isEqualTo("峰谷价差");
                }
            }
            Sheet x = wb.getSheet("说明");
            assertThat(x.getLastRowNum()).isGreaterThan(3);
            assertThat(x.getRow(1).getCell(1).getStringCellValue()).contains("排名第一");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                for (var row : wb.getSheetAt(i)) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as(wb.getSheetName(i))
                                    .doesNotContainPattern("!\\w+(\\.\\w+)+!");
                        }
                    }
                }
            }
            assertThat(wb.getSheet("权重").getRow(1).getCell(0).getStringCellValue()).matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void jsonCarriesInputsAndResults() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReportWriter.write(report, out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.at("/input/mechanism").asText()).isEqualTo("COMPREHENSIVE");
        assertThat(root.at("/finance/0/views/EQUITY/years").size()).isEqualTo(21);
        assertThat(root.at("/ranking/ranking").size()).isEqualTo(3);
        assertThat(root.at("/irrGrids").size()).isEqualTo(3);
        assertThat(root.at("/ruleBaseVersion").asText()).isEqualTo(report.ranking().ruleBaseVersion());
        // engine texts go out as English sentences, under the names the export has always used
        assertThat(root.at("/ranking/explanations/summary/0").asText()).contains(" ranks first (closeness ");
        assertThat(root.at("/ranking/explanations/sentences").isMissingNode()).isTrue();
        assertThat(root.at("/ranking/paperReplication/explanation").asText()).startsWith("The paper treats");
        assertThat(root.at("/ranking/notes").isArray()).isTrue();
        assertThat(root.at("/input/assumptions/0/description").asText()).isEqualTo("Rated power P");
    }
}
