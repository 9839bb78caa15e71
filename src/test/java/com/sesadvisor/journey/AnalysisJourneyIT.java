package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A facilitator analyses a scenario the way a committee would see it on the projector. */
class AnalysisJourneyIT extends BrowserJourney {

    @Test
    void analyse_change_inputs_see_sensitivity_and_ranking_and_download_the_report() throws Exception {
        logInAs("admin", ADMIN_PASSWORD);
        page.locator("#main-nav").getByText("Analysis").click();
        Locator irr = page.locator("#irr-equity-CSSES");
        assertThat(irr).containsText("%");
        assertThat(page.locator("#published-irr-equity-CSSES")).containsText("11.50");
        screenshot("analysis-finance.png");

        String before = irr.textContent();
        Locator spread = page.locator("#assumption-spread input");
        spread.fill("0.92");
        spread.press("Tab");
        assertThat(irr).not().hasText(before);
        assertThat(page.locator("#badge-spread")).hasText("USER");

        Locator dod = page.locator("#assumption-depthOfDischarge input");
        dod.fill("1.5");
        dod.press("Tab");
        assertThat(page.locator("#assumption-depthOfDischarge")).containsText("Depth of discharge");
        assertThat(page.locator("#assumption-depthOfDischarge")).hasAttribute("invalid", "");
        assertThat(page.locator("#results-banner")).isVisible();
        assertThat(dod).hasValue("1.5");
        assertThat(spread).hasValue("0.92");
        screenshot("analysis-invalid-input.png");
        page.locator("#reset-depthOfDischarge").click();
        assertThat(page.locator("#results-banner")).isHidden();

        page.locator("#results-tabs").getByText("Sensitivity").click();
        // rect boxes exist only when the SVG is parsed in the SVG namespace, i.e. actually drawn
        assertThat(page.locator("#heat-map-CSSES svg rect").first()).isVisible();
        assertThat(page.locator("#heat-map-TISES svg title").first()).containsText("IRR");
        page.locator("#heat-maps").scrollIntoViewIfNeeded();
        screenshot("analysis-heatmap.png");
        // The tornado of all three models (same inputs, same scale), then one model at a wider swing.
        for (String m : new String[] {"CSSES", "TISES", "DSSES"}) {
            assertThat(page.locator("#tornado-chart-" + m + " svg rect").first()).isVisible();
        }
        assertThat(page.locator("#tornado-chart-TISES h4")).containsText("±10 %");
        choose("tornado-model", "TISES");
        choose("tornado-swing", "±20 %");
        assertThat(page.locator("#tornado-chart-TISES h4")).containsText("TISES: IRR (Equity) when each input moves ±20 %");
        assertThat(page.locator("#tornado-chart-CSSES")).hasCount(0);
        assertThat(page.locator("#tornado-chart-TISES svg")).containsText("Lease price");
        assertThat(page.locator("#tornado-chart-TISES svg")).containsText("base IRR");
        assertThat(page.locator("#tornado-notes")).containsText("Depth of discharge: +20 % gives 1.08");
        page.locator(".tornado-section h3").evaluate("e => e.scrollIntoView()");
        screenshot("analysis-tornado.png");

        // A large run is cancelled while it runs (the UI stays responsive), then a small one finishes.
        page.locator("#mc-draws input").fill("100000");
        page.locator("#mc-run").click();
        assertThat(page.locator("#mc-status")).containsText("Running");
        assertThat(page.locator("#mc-progress")).isVisible();
        page.locator("#mc-cancel").click();
        assertThat(page.locator("#mc-status")).containsText("Cancelled");
        // The ranges default to the paper's around the scenario (spread 0.92 here); a bad edit is named and kept.
        Locator maxSpread = page.locator("#mc-max-spread input");
        assertThat(page.locator("#mc-mode-spread input")).hasValue("0.92");
        assertThat(maxSpread).hasValue("1.17");
        maxSpread.fill("0.8");
        maxSpread.press("Tab");
        assertThat(page.locator("#mc-max-spread")).hasAttribute("invalid", "");
        assertThat(page.locator("#mc-errors-spread")).hasText(
                "Peak-valley spread · max: must not be below the most likely value 0.92");
        page.locator("#mc-run").click();
        assertThat(page.locator("#mc-status")).containsText("Not run");
        assertThat(maxSpread).hasValue("0.8");
        page.locator("#mc-ranges").scrollIntoViewIfNeeded();
        screenshot("analysis-montecarlo-invalid.png");
        maxSpread.fill("1.0");
        maxSpread.press("Tab");
        assertThat(page.locator("#mc-max-spread")).not().hasAttribute("invalid", "");
        assertThat(page.locator("#mc-errors-spread")).isHidden();
        choose("mc-add", "Lease price");
        assertThat(page.locator("#mc-mode-leasePricePerKwhYear input")).hasValue("109");
        page.locator("#mc-remove-frMileageMwPerMwDay").click();
        assertThat(page.locator("#mc-min-frMileageMwPerMwDay")).hasCount(0);
        page.locator("#mc-draws input").fill("300");
        page.locator("#mc-run").click();
        assertThat(page.locator("#mc-status")).containsText("Finished");
        assertThat(page.locator("#mc-p50-CSSES")).containsText("%");
        assertThat(page.locator("#mc-used-max-spread")).hasText("1");
        assertThat(page.locator("#mc-used-mode-leasePricePerKwhYear")).hasText("109");
        assertThat(page.locator("#mc-ranges-used")).containsText("300 draws per model, seed 20250401");
        assertThat(page.locator("#mc-ranges-used")).not().containsText("Frequency-regulation mileage");
        page.locator("#mc-results").scrollIntoViewIfNeeded();
        screenshot("analysis-montecarlo.png");
        page.locator("#mc-reset").click();
        assertThat(maxSpread).hasValue("1.17");
        assertThat(page.locator("#mc-min-frMileageMwPerMwDay input")).hasValue("0");

        page.locator("#results-tabs").getByText("Weights and ranking").click();
        assertThat(page.locator("#rank-name-1")).hasText(Pattern.compile("CSSES|TISES|DSSES"));
        assertThat(page.locator("#why-first li").first()).isVisible();
        assertThat(page.locator("#paper-replication")).isVisible();
        assertThat(page.locator("#ranking-body svg rect").first()).isVisible();
        screenshot("analysis-ranking.png");
        page.locator("#explanations").scrollIntoViewIfNeeded();
        screenshot("analysis-explanations.png");

        Download download = page.waitForDownload(() -> page.locator("#report-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        choose("language-switch", "中文");
        page.locator("#main-nav").getByText("分析").click();
        assertThat(page.locator("#total-cost-equity-CSSES")).containsText("亿元");
        screenshot("analysis-zh.png");
        // the engine's explanations, notes and refusals are in Chinese too, not only the labels around them
        page.locator("#results-tabs").getByText("权重与排序").click();
        assertThat(page.locator("#explanation-summary li").first()).containsText("排名第一");
        assertThat(page.locator("#explanations")).not().containsText("ranks first");
        assertThat(page.locator("#paper-replication")).containsText("越大越好");
        Locator zhDod = page.locator("#assumption-depthOfDischarge input");
        zhDod.fill("1.5");
        zhDod.press("Tab");
        assertThat(page.locator("#assumption-depthOfDischarge")).containsText("不能大于 1");
        page.locator("#reset-depthOfDischarge").click();

        // The report follows the language switch: Chinese headings, Chinese glyphs from the shipped font.
        Download zh = page.waitForDownload(() -> page.locator("#report-pdf").click());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(zh.path()));
        String first = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(first).contains("共享储能投资分析").contains("各模式财务指标").contains("亿元");

        page.locator("#tab-sensitivity").click();
        assertThat(page.locator("#tornado-chart-DSSES svg")).containsText("基准内部收益率");
        assertThat(page.locator("#mc-input-spread")).containsText("峰谷价差");
        page.locator(".tornado-section h3").evaluate("e => e.scrollIntoView()");
        screenshot("analysis-tornado-zh.png");
    }

    @Test
    void a_mistyped_address_shows_a_translated_page_not_a_route_list() {
        logInAs("admin", ADMIN_PASSWORD);
        page.navigate(url("/no-such-page"));
        // Vaadin's access control answers unknown routes like forbidden ones, so routes are not revealed.
        assertThat(page.locator("#access-denied")).containsText("does not exist");
        assertThat(page.locator("body")).not().containsText("Available routes");
        page.locator("#access-denied-home").click();
        assertThat(page.locator("#main-nav")).isVisible();
    }
}
