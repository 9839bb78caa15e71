package com.sesadvisor.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisReport;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.base.i18n.TranslationProvider;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.recommend.RecommendationOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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

    private static final TranslationProvider I18N = new TranslationProvider();

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
        byte[] pdf = pdf(report, Locale.ENGLISH);
        // kept for a human look at the layout (target/ is build output)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "analysis-report-sample.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String s = text(pdf);
        assertThat(s).contains("SES Advisor", "CSSES", "TISES", "DSSES", "TOPSIS closeness", "IRR heat maps",
                "spread", "USER", report.ranking().ruleBaseVersion());
        assertThat(s).contains("Finance indicators per model", "Weights and TOPSIS ranking",
                "Scenario: every assumption with its provenance", "Peak-valley spread", "hundred million");
        String top = report.ranking().recommendation().top();
        assertThat(s).contains(top);
        assertThat(s).doesNotContain("!analysis.", "\uFFFD");
        // Latin text needs no embedded CJK font: the English report stays as small as before.
        assertThat(fonts(pdf)).noneMatch(f -> f.contains("DroidSansFallback"));
    }

    /** Issue 15: the capacity price a rule set zeroed (refused project) is the rule set's, not the user's. */
    @Test
    void aCapacityPriceSetByTheRuleSetIsMarkedRuleSetNotUser() throws Exception {
        AnalysisInput refused = new AnalysisInput(AnalysisInput.paperBaseCase().assumptions(),
                AnalysisInput.paperBaseCase().mechanism(), CashFlowView.EQUITY, AnalysisInput.paperWeights(), false,
                "CN-HEBEI-2024");
        AnalysisReport r = service.report(refused, RecommendationOptions.defaults());
        var capacity = r.input().assumptions().describe().stream()
                .filter(a -> a.key().equals(AssumptionField.CAPACITY_PRICE_PER_KW_YEAR.key())).findFirst().orElseThrow();
        assertThat(capacity.value()).isZero();
        assertThat(capacity.provenance().name()).isEqualTo("USER"); // the engine only knows "differs from default"
        assertThat(r.input().sourceOf(capacity)).isEqualTo("RULE_SET");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonReportWriter.write(r, json);
        assertThat(new ObjectMapper().readTree(json.toByteArray()).path("input").path("assumptionSources")
                .path("capacityPricePerKwYear").asText()).isEqualTo("RULE_SET");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxReportWriter.write(r, Locale.ENGLISH, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            boolean found = false;
            for (var row : s) {
                if (row.getCell(0) != null && "capacityPricePerKwYear".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("RULE SET");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void chinesePdfIsInChineseWithTheShippedFontEmbeddedAsASubset() throws Exception {
        byte[] pdf = pdf(report, Locale.SIMPLIFIED_CHINESE);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "analysis-report-sample-zh.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        PdfReader reader = new PdfReader(pdf);
        PdfDictionary droid = null;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfDictionary d && PdfName.FONT.equals(d.getAsName(PdfName.TYPE))
                    && d.getAsName(PdfName.BASEFONT) != null
                    && PdfName.decodeName(d.getAsName(PdfName.BASEFONT).toString())
                    .matches("[A-Z]{6}\\+DroidSansFallback.*") && PdfName.TYPE0.equals(d.getAsName(PdfName.SUBTYPE))) {
                droid = d;
            }
        }
        assertThat(droid).as("Droid Sans Fallback as an embedded subset (name with a 6-letter + prefix)").isNotNull();
        assertThat(droid.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
        assertThat(droid.get(PdfName.TOUNICODE)).as("ToUnicode map, so the text can be copied and searched").isNotNull();
        PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(droid.getAsArray(PdfName.DESCENDANTFONTS)
                .getPdfObject(0));
        PRStream file = (PRStream) PdfReader.getPdfObject(((PdfDictionary) PdfReader.getPdfObject(
                cid.get(PdfName.FONTDESCRIPTOR))).get(PdfName.FONTFILE2));
        assertThat(file).as("the TrueType program is embedded").isNotNull();
        // A subset of the glyphs used, not the whole 4 MB font.
        assertThat(PdfReader.getStreamBytes(file).length).isBetween(1_000, 1_000_000);
        reader.close();
        assertThat(pdf.length).isLessThan(1_500_000);

        String s = text(pdf).replaceAll("\\s+", "");
        assertThat(s).contains(flat("SES Advisor：共享储能投资分析"), flat("各模式财务指标（本系统计算值与论文公布值并列）"),
                flat("权重与 TOPSIS 排序"), flat("TOPSIS 贴近度"), flat("IRR 热力图"), flat("情景：全部假设及其来源（输入审计）"),
                flat("除另有说明外，金额单位为亿元"), "峰谷价差", "用户", "资本金", "动态投资回收期（年）",
                report.ranking().ruleBaseVersion(), report.ranking().recommendation().top());
        for (var f : report.ranking().findings()) {
            assertThat(s).contains(flat(f.message().in(java.util.Locale.SIMPLIFIED_CHINESE)));
        }
        assertThat(s).doesNotContain("!analysis.", "\uFFFD", "Financeindicatorsper", "WeightsandTOPSIS",
                "Scenario:", "USER");
        // The engine's explanations are rendered in the report's language, not printed as English.
        assertThat(s).contains(flat("排名第一（贴近度")).doesNotContain("!engine.", "ranksfirst", "Paperreading");
    }

    @Test
    void everyLabelTheReportCanPrintHasAGlyphInTheShippedFonts() throws Exception {
        List<String> prefixes = List.of("analysis.pdf.", "analysis.field.",
                "analysis.mechanism.", "analysis.view.", "analysis.provenance.", "analysis.ind.", "analysis.payback.",
                "analysis.irr.", "analysis.published", "analysis.rank.", "analysis.findings.", "analysis.eligibility.",
                "workshop.report.", "workshop.consensus.", "engine.");
        int checked = 0;
        for (var bundle : List.of("analysis", "analysis_zh_CN", "workshop", "workshop_zh_CN", "engine",
                "engine_zh_CN")) {
            Properties p = new Properties();
            try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/" + bundle
                    + ".properties"), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                if (prefixes.stream().anyMatch(key::startsWith)) {
                    assertThat(ReportFonts.unsupported(p.getProperty(key))).as(bundle + " " + key).isEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        // Findings print the rules' own Chinese and English messages.
        try (var drl = java.nio.file.Files.walk(java.nio.file.Path.of("rules"))) {
            for (var f : drl.filter(x -> x.toString().endsWith(".drl")).toList()) {
                assertThat(ReportFonts.unsupported(java.nio.file.Files.readString(f))).as(f.toString()).isEmpty();
            }
        }
        // The check itself can fail: Hangul is in none of the fonts.
        assertThat(ReportFonts.unsupported("표 a")).isEqualTo("표");
    }

    /** Issue 14: user-entered names are text in every output: no script, no spreadsheet formula. */
    @Test
    void userEnteredNamesAreTextInThePdfAndNoWorkbookCellIsAFormula() throws Exception {
        String script = "<script>alert('x')</script>";
        String formula = "=cmd|' /C calc'!A0";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReportWriter.write(report, new com.sesadvisor.analysis.ReportContext("Workshop " + script,
                java.util.List.of("Participant " + formula, "Expert " + script)), Locale.ENGLISH, out);
        byte[] pdf = out.toByteArray();
        String s = text(pdf);
        assertThat(s).contains(script, formula);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("/JavaScript", "/JS ", "/OpenAction", "/Launch");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxReportWriter.write(report, Locale.ENGLISH, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            for (Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    }
                }
            }
        }
    }

    private static byte[] pdf(AnalysisReport r, Locale locale) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReportWriter.write(r, null, locale, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(text.getTextFromPage(p)).append('\n');
        }
        reader.close();
        return all.toString();
    }

    /** Base font names of every font in the file (page and chart resources alike). */
    private static List<String> fonts(byte[] pdf) throws java.io.IOException {
        PdfReader reader = new PdfReader(pdf);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfDictionary d && PdfName.FONT.equals(d.getAsName(PdfName.TYPE))
                    && d.getAsName(PdfName.BASEFONT) != null) {
                names.add(PdfName.decodeName(d.getAsName(PdfName.BASEFONT).toString()));
            }
        }
        reader.close();
        return names;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", "");
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
