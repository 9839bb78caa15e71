package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.engine.ahp.group.AggregationMethod;
import com.sesadvisor.engine.ahp.group.ConsensusScale;
import com.sesadvisor.engine.ahp.group.GroupAhp;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import com.sesadvisor.engine.ahp.PriorityMethod;
import com.sesadvisor.engine.ahp.RandomIndexTable;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The committee workshop end to end: a facilitator sets it up with three experts, two of them answer through their
 * personal links (one inconsistent at first, fixed with a suggestion), a revoked link shows no data, and the
 * facilitator sees the individual CRs, the group weights and the consensus, in English and Chinese.
 */
class CommitteeWorkshopJourneyIT extends BrowserJourney {

    private static final String GOAL = "SES_OPERATIONAL_VALUE";

    @Test
    void facilitator_sets_up_a_workshop_two_experts_answer_by_link_and_the_group_result_is_shown() {
        logInAs("admin", ADMIN_PASSWORD);
        page.locator("#new-workshop").click();
        page.locator("#create-workshop").click();
        assertThat(page.getByText("Give the workshop a name.")).isVisible();
        page.locator("#workshop-name input").fill("Hebei 100 MW shared storage");
        page.locator("#workshop-purpose textarea").fill("Choose the investment model for the committee");
        page.locator("#create-workshop").click();

        // 1 basics (resumable: saved as its own step)
        assertThat(page.locator("#setup-title")).containsText("Hebei 100 MW shared storage");
        page.locator("#save-basics").click();

        // 2 scenario: a bad value is refused at its field, with the finance engine's message
        page.locator("#assumption-ratedPowerMw input").fill("-5");
        page.locator("#save-scenario").click();
        assertThat(page.locator("#assumption-ratedPowerMw")).hasAttribute("invalid", "");
        assertThat(page.getByText("must be greater than 0 MW")).isVisible();
        page.locator("#assumption-spread input").fill("0.65");
        page.locator("#assumption-spread input").blur();
        assertThat(page.locator("#assumption-spread")).containsText("USER");
        // 300 cycles a year: below Hebei's 330, so the results show a failed rule
        page.locator("#assumption-cyclesPerYear input").fill("300");
        choose("rule-set", "CN-HEBEI-2024");
        screenshot("workshop-01-scenario.png");
        page.locator("#assumption-ratedPowerMw input").fill("100");
        page.locator("#save-scenario").click();

        // 3 hierarchy: keep IRR and NPV under Economic
        for (String indicator : List.of("TOTAL_COST", "OPERATING_PROFIT", "PRICE_TO_BOOK", "STATIC_PAYBACK",
                "DYNAMIC_PAYBACK")) {
            page.locator("#remove-" + indicator).click();
            assertThat(page.locator("#remove-" + indicator)).hasCount(0);
        }
        screenshot("workshop-02-criteria.png");
        page.locator("#save-hierarchy").click();

        // 4 settings: AIJ and a 75 % threshold by default
        assertThat(page.locator("#consensus-threshold input")).hasValue("75");
        page.locator("#save-settings").click();

        // 5 participants with expertise weights
        invite("Ana Li", "Grid company", "2");
        invite("Bo Wang", "Third-party investor", "1");
        invite("Chen Zhao", "Regulator", "1");
        assertThat(page.locator("#participant-grid")).containsText("Chen Zhao");
        screenshot("workshop-03-participants.png");
        List<String> links = List.of(link(0), link(1), link(2));

        // Ana: one pair per screen; her first answers are inconsistent
        Page ana = newAnonymousPage();
        ana.navigate(links.get(0));
        assertThat(ana.locator("#expert-name")).containsText("Ana Li");
        assertThat(ana.locator("#pair-sentence")).containsText("Not answered");
        answer(ana, "scale-a3", 1);
        screenshot(ana, "workshop-04-expert-pair.png");
        answer(ana, "scale-a3", 2);
        answer(ana, "scale-a3", 3);
        answer(ana, "scale-b7", 4); // Social is very strongly more important than Environmental
        answer(ana, "scale-eq", 5);
        answer(ana, "scale-eq", 6);
        assertThat(ana.locator("#expert-verdict")).containsText("Inconsistent: CR = 0.188");
        assertThat(ana.locator("#revisions")).containsText("Environmental compared with Social: you said 1/7");
        screenshot(ana, "workshop-05-expert-inconsistent.png");
        ana.locator("#accept-revision-0").click();
        assertThat(ana.locator("#expert-verdict")).containsText("Consistent: CR = 0.057");
        screenshot(ana, "workshop-06-expert-fixed.png");
        ana.locator("#complete-node").click();
        answerNode(ana, "Economic", "scale-a2");
        answerNode(ana, "Environmental", "scale-a3");
        answerNode(ana, "Social", "scale-eq");
        answerNode(ana, "Technical", "scale-eq");
        // the finance model cannot measure the social indicators: Ana compares the three models under each
        answerModels(ana, "RENEWABLE_ACCOMMODATION", "scale-b3", "scale-b5", "scale-b2");
        screenshot(ana, "workshop-14-expert-models.png");
        answerModels(ana, "LOCAL_EMPLOYMENT", "scale-b3", "scale-b5", "scale-b2");
        ana.locator("#finish").click();
        assertThat(ana.locator("#expert-progress")).containsText("You have finished");
        // the workshop does not share its result with experts (the default): no link, and the address is refused
        assertThat(ana.locator("#invite-to-results")).hasCount(0);
        ana.navigate(links.get(0) + "/results");
        assertThat(ana.locator("#results-denied")).isVisible();
        assertThat(ana.locator("#results-title")).hasCount(0);

        // Bo: consistent at once; a closed tab loses nothing
        Page bo = newAnonymousPage();
        bo.navigate(links.get(1));
        answer(bo, "scale-a3", 1);
        answer(bo, "scale-a3", 2);
        bo.reload();
        assertThat(bo.locator("#pair-counter")).containsText("Pair 3 of 6 (2 answered)");
        answer(bo, "scale-a3", 3);
        answer(bo, "scale-eq", 4);
        answer(bo, "scale-eq", 5);
        answer(bo, "scale-eq", 6);
        assertThat(bo.locator("#expert-verdict")).containsText("Consistent: CR = 0.000");
        bo.locator("#complete-node").click();
        for (String node : List.of("Economic", "Environmental", "Social", "Technical")) {
            answerNode(bo, node, "scale-eq");
        }
        answerModels(bo, "RENEWABLE_ACCOMMODATION", "scale-b2", "scale-b3", "scale-b2");
        answerModels(bo, "LOCAL_EMPLOYMENT", "scale-b2", "scale-b3", "scale-b2");
        bo.locator("#finish").click();
        assertThat(bo.locator("#expert-progress")).containsText("You have finished");

        // Chen's link is revoked: the page says so and shows nothing of the workshop
        page.locator("#participant-grid").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Revoke")).nth(2).click();
        assertThat(page.locator("#participant-grid")).containsText("Link revoked");
        Page chen = newAnonymousPage();
        chen.navigate(links.get(2));
        assertThat(chen.locator("#invitation-invalid")).hasText("This link has been withdrawn");
        assertThat(chen.getByText("Hebei")).hasCount(0);
        screenshot(chen, "workshop-09-link-revoked.png");
        // a revoked link opens no results either, whatever the workshop shares
        chen.navigate(links.get(2) + "/results");
        assertThat(chen.locator("#invitation-invalid")).hasText("This link has been withdrawn");
        assertThat(chen.getByText("Hebei")).hasCount(0);

        // Live facilitation: progress, individual CRs, group weights (AIJ, λ = 2/3, 1/3) and consensus
        page.locator("#to-live").click();
        assertThat(page.locator("#progress-grid")).containsText("Finished");
        assertThat(page.locator("#experts-" + GOAL)).containsText("0.057");
        assertThat(page.locator("#experts-" + GOAL)).containsText("0.000");
        double[] group = new GroupAhp().aggregate(List.of(
                        PairwiseMatrix.fromUpperTriangle(4, new double[] {3, 3, 3, 1.0 / 3, 1, 1}),
                        PairwiseMatrix.fromUpperTriangle(4, new double[] {3, 3, 3, 1, 1, 1})),
                new double[] {2.0 / 3, 1.0 / 3}, AggregationMethod.AIJ, PriorityMethod.EIGENVECTOR,
                RandomIndexTable.SAATY_1980, ConsensusScale.DEFAULT).weights();
        assertThat(page.locator("#criteria-weights-0")).hasText(Formats.percent(group[0], 1, Locale.ENGLISH));
        assertThat(page.locator("#consensus-" + GOAL)).containsText("S* =");
        assertThat(page.locator("#hierarchy-consensus")).containsText("over 2 expert(s)");
        assertThat(page.locator("#disagreements")).containsText("Environmental vs Social");
        // the main layout scrolls inside the page: a tall viewport shows the whole live view in one picture
        page.setViewportSize(1400, 2600);
        screenshot("workshop-07-live.png");

        page.locator("#refresh").click();
        assertThat(page.locator("#criteria-weights-0")).hasText(Formats.percent(group[0], 1, Locale.ENGLISH));

        choose("language-switch", "中文");
        assertThat(page.locator("#main-nav")).containsText("研讨会");
        assertThat(page.locator("#refresh")).containsText("刷新");
        assertThat(page.locator("#progress")).containsText("已完成");
        screenshot("workshop-08-live-zh.png");
        choose("language-switch", "English");
        assertThat(page.locator("#refresh")).containsText("Refresh");
        page.setViewportSize(1400, 900);

        // Results: the committee's weights rank the three models; Hebei's rule set refuses the project
        page.locator("#to-results").click();
        assertThat(page.locator("#results-title")).containsText("Hebei 100 MW shared storage");
        // Chen's link is revoked: 2 invited, the majority quorum is 2, and both finished
        assertThat(page.locator("#results-complete")).containsText("Every group rests on at least 2 of 2 invited");
        assertThat(page.locator("#results-provisional")).hasCount(0);
        assertThat(page.locator("#results-consensus")).containsText("S* =");
        assertThat(page.locator("#results-weights-source")).containsText("group weights (AIJ");
        // every indicator with its weight and the source of the models' values; nothing is silently left out
        assertThat(page.locator("#results-indicator-sources")).containsText("Internal rate of return");
        assertThat(page.locator("#results-indicator-sources")).containsText("finance model");
        assertThat(page.locator("#results-indicator-sources")).containsText(
                "committee: pairwise comparison of the models (2 expert(s), CR");
        assertThat(page.locator("#results-indicator-sources")).containsText("scenario");
        assertThat(page.locator("#source-change-LOCAL_EMPLOYMENT")).isVisible();
        assertThat(page.locator("#results-renormalised")).hasCount(0);
        page.locator("#results-indicator-sources").scrollIntoViewIfNeeded();
        screenshot("workshop-15-indicator-sources.png");
        assertThat(page.locator("#results-eligibility-line")).containsText("Not eligible under CN-HEBEI-2024");
        assertThat(page.locator("#results-eligibility-line")).containsText("ELIG-HE-003");
        assertThat(page.locator("#results-findings")).isVisible();
        assertThat(page.locator("#results-eligibility")).containsText("CN-HEBEI-2024");
        page.setViewportSize(1400, 1500);
        screenshot("workshop-10-results.png");
        page.locator("#results-tabs").getByText("Weights and ranking").click();
        assertThat(page.locator("#ranking-body")).containsText("Closeness");
        for (String model : List.of("CSSES", "TISES", "DSSES")) {
            assertThat(page.locator("#ranking-body")).containsText(model);
        }
        assertThat(page.locator("#rank-name-1")).hasText(java.util.regex.Pattern.compile("CSSES|TISES|DSSES"));
        page.locator("#results-tabs").scrollIntoViewIfNeeded();
        screenshot("workshop-12-results-ranking.png");
        page.setViewportSize(1400, 900);

        com.microsoft.playwright.Download pdf = page.waitForDownload(() -> page.locator("#report-pdf").click());
        org.assertj.core.api.Assertions.assertThat(bytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        // The whole workshop as JSON, and back in as a new workshop with the same group result
        com.microsoft.playwright.Download json = page.waitForDownload(() -> page.locator("#export-workshop").click());
        byte[] file = bytes(json);
        String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).contains("ses-advisor-workshop/1").contains("Ana Li")
                .doesNotContain(links.get(0).substring(links.get(0).lastIndexOf('/') + 1));
        String weight = page.locator("#results-criteria-weights-0").textContent();
        String original = page.url();
        page.locator("#main-nav").getByText("Workshops").click();
        page.locator("#import-workshop input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "broken.json", "application/json", "{\"format\": \"ses-advisor-workshop/1\"}".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-problems")).containsText("$.workshop");
        assertThat(page.locator("#import-problems")).containsText("$.hierarchy");
        screenshot("workshop-11-import-invalid.png");
        page.locator("#import-workshop input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "workshop.json", "application/json", file));
        assertThat(page.locator("#workshop-title")).hasText("Hebei 100 MW shared storage");
        assertThat(page.locator("#progress-grid")).containsText("Ana Li");
        page.locator("#to-results").click();
        assertThat(page.locator("#results-criteria-weights-0")).hasText(weight);
        page.waitForURL(java.util.regex.Pattern.compile("/workshops/\\d+/results$"));
        org.assertj.core.api.Assertions.assertThat(page.url()).isNotEqualTo(original);
        assertThat(page.locator("#results-eligibility-line")).containsText("ELIG-HE-003");

        // The facilitator shares the group result: Ana opens the full results from her own link, without an account
        page.navigate(original.replace("/results", "/setup"));
        page.locator("#step-settings").click();
        page.locator("#experts-see-group").click();
        assertThat(page.locator("#experts-see-group")).hasAttribute("checked", "");
        page.locator("#save-settings").click();
        assertThat(page.locator("#participant-grid")).isVisible();
        ana.navigate(links.get(0));
        ana.locator("#invite-to-results").click();
        ana.waitForURL(java.util.regex.Pattern.compile("/invite/[^/]+/results$"));
        assertThat(ana.locator("#results-title")).containsText("Hebei 100 MW shared storage");
        assertThat(ana.locator("#results-weights-source")).containsText("group weights (AIJ");
        assertThat(ana.locator("#results-criteria-weights-0")).hasText(weight);
        assertThat(ana.locator("#results-eligibility-line")).containsText("ELIG-HE-003");
        // the facilitator's tools are not there, and no other expert is named
        assertThat(ana.locator("#results-to-live")).hasCount(0);
        assertThat(ana.locator("#export-workshop")).hasCount(0);
        assertThat(ana.getByText("Bo Wang")).hasCount(0);
        ana.setViewportSize(1400, 1500);
        screenshot(ana, "workshop-13-invited-results.png");
        ana.locator("#results-tabs").getByText("Weights and ranking").click();
        assertThat(ana.locator("#rank-name-1")).hasText(java.util.regex.Pattern.compile("CSSES|TISES|DSSES"));
        com.microsoft.playwright.Download invitedPdf = ana.waitForDownload(() -> ana.locator("#report-pdf").click());
        org.assertj.core.api.Assertions.assertThat(bytes(invitedPdf))
                .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ana.locator("#results-to-invitation").click();
        assertThat(ana.locator("#expert-name")).containsText("Ana Li");

        // Issue 15: reopening asks first, names what and for whom, and is logged; with only Ana back, the results
        // rest on 1 of 2 experts and say so: provisional, no consensus, nothing called the committee's
        page.navigate(original.replace("/results", ""));
        page.locator("#reopen-" + GOAL).click();
        assertThat(page.locator("#reopen-what")).containsText("for every expert");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        assertThat(page.locator("#workshop-log")).containsText("No facilitator action");
        page.locator("#reopen-" + GOAL).click();
        screenshot("workshop-14-reopen-confirm.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen").setExact(true)).click();
        assertThat(page.locator("#workshop-log")).containsText("reopened");
        assertThat(page.locator("#workshop-log")).containsText("every expert (2 answer set(s))");
        ana.navigate(links.get(0));
        ana.locator("#complete-node").click(); // her previous answers are the starting point
        ana.locator("#finish").click();
        assertThat(ana.locator("#expert-progress")).containsText("You have finished");
        page.locator("#refresh").click();
        assertThat(page.locator("#rests-on-" + GOAL)).containsText("Rests on 1 of 2 experts, below the quorum of 2");
        assertThat(page.locator("#quorum-state")).containsText("Provisional");
        page.setViewportSize(1400, 2600);
        screenshot("workshop-15-live-provisional.png");
        page.setViewportSize(1400, 900);
        page.locator("#to-results").click();
        assertThat(page.locator("#results-heading")).hasText("Summary (provisional)");
        assertThat(page.locator("#results-complete")).containsText("rests on only 1 of 2 invited experts");
        assertThat(page.locator("#results-provisional")).containsText("Provisional ranking");
        for (String id : List.of("#results-heading", "#results-complete", "#results-consensus",
                "#results-weights-source")) {
            assertThat(page.locator(id)).not().containsText(java.util.regex.Pattern.compile(
                    "consensus|committee", java.util.regex.Pattern.CASE_INSENSITIVE)); // Playwright passes flags, not (?i)
        }
        assertThat(page.locator("#results-consensus")).not().containsText("S* =");
        page.setViewportSize(1400, 1500);
        screenshot("workshop-16-results-provisional.png");
        page.setViewportSize(1400, 900);
    }

    private static byte[] bytes(com.microsoft.playwright.Download download) {
        try {
            return java.nio.file.Files.readAllBytes(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void wrong_password_is_refused_with_a_message() {
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill("admin");
        page.locator("#vaadinLoginPassword input").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Wrong username or password")).isVisible();
    }

    private void invite(String name, String organisation, String weight) {
        page.locator("#participant-name input").fill(name);
        choose("participant-organisation", organisation);
        page.locator("#participant-weight input").fill(weight);
        page.locator("#invite-participant").click();
        assertThat(page.locator("#participant-grid")).containsText(name);
    }

    private String link(int row) {
        return page.locator("vaadin-text-field[id^=invite-link-] input").nth(row).inputValue();
    }

    /** Clicks a step of the scale and waits until the server has stored it. */
    private static void answer(Page expert, String step, int answeredAfter) {
        expert.locator("#" + step).click();
        assertThat(expert.locator("#pair-counter")).containsText("(" + answeredAfter + " answered)");
    }

    /** A node with one pair: answer it and mark it done; the page moves on to the next open node. */
    private static void answerNode(Page expert, String node, String step) {
        assertThat(expert.locator("#node-title")).hasText("Compare: " + node);
        answer(expert, step, 1);
        expert.locator("#complete-node").click();
        assertThat(expert.locator("#node-" + nodeId(node))).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("Done$"));
    }

    /** An alternatives node: the three models compared under one indicator (three pairs), then marked done. */
    private static void answerModels(Page expert, String indicatorId, String... steps) {
        assertThat(expert.locator("#node-title")).containsText("Which model does better on");
        assertThat(expert.locator("#node-alternatives-hint")).isVisible();
        for (int k = 0; k < steps.length; k++) {
            answer(expert, steps[k], k + 1);
        }
        expert.locator("#complete-node").click();
        assertThat(expert.locator("#node-" + indicatorId)).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("Done$"));
    }

    private static String nodeId(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
