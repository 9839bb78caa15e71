package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A regulator checks projects one by one and in a batch, then finds the verdicts in the audit trail. */
class RegulatorJourneyIT extends BrowserJourney {

    private static final String REGULATOR = "regulator";
    private static final String PASSWORD = "regulator-journey-password";

    @Autowired
    UserAccountService accounts;

    @BeforeEach
    void createRegulator() {
        accounts.createIfAbsent(REGULATOR, "Hebei energy regulator", PASSWORD, Set.of(Role.REGULATOR));
    }

    @Test
    void regulator_checks_single_projects_screens_a_batch_and_finds_the_verdict_in_the_audit_trail() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        logInAs(REGULATOR, PASSWORD);
        // Regulators read workshops but cannot start one.
        assertThat(page.locator("#new-workshop")).isHidden();

        page.navigate(url("/eligibility"));
        assertThat(page.locator("#rule-set")).containsText("CN-HEBEI-2024");
        assertThat(page.getByText("as of 2024-01-27").first()).isVisible();
        // Rule sets that need more facts show more fields; Hebei does not ask for the legal entity.
        assertThat(page.locator("#project-legalEntity")).isHidden();
        page.locator("#check-eligibility").click();
        assertThat(page.locator("#project-name")).hasAttribute("invalid", "");
        assertThat(page.getByText("Give the project a name.")).isVisible();

        page.locator("#project-name input").fill("Hebei A " + run);
        page.locator("#project-ratedPowerMw input").fill("100");
        page.locator("#project-ratedEnergyMwh input").fill("400");
        page.locator("#project-annualCycles input").fill("330");
        page.locator("#check-eligibility").click();
        assertThat(page.locator("#verdict-headline")).hasText("Eligible under CN-HEBEI-2024: every rule passed.");
        assertThat(page.locator("#verdict-checks")).containsText("ELIG-HE-003");
        assertThat(page.locator("#verdict-meta")).containsText("version");
        screenshot("regulator-check-eligible.png");

        page.locator("#project-name input").fill("Hebei B " + run);
        page.locator("#project-ratedPowerMw input").fill("99.9");
        page.locator("#check-eligibility").click();
        assertThat(page.locator("#verdict-headline"))
                .hasText("Not eligible under CN-HEBEI-2024: fails ELIG-HE-001.");
        assertThat(page.locator("#verdict-checks")).containsText("Rated power must be at least 100 MW; the project has 99.9 MW.");
        // What was typed is still there for the next check.
        assertThat(page.locator("#project-ratedEnergyMwh input")).hasValue("400");
        screenshot("regulator-check-not-eligible.png");

        page.locator("#printable-verdict").click();
        assertThat(page.locator("#print-verdict")).isVisible();
        assertThat(page.locator("#verdict-headline")).containsText("fails ELIG-HE-001");
        assertThat(page.locator("#verdict-facts")).containsText("Rated energy (MWh): 400");
        screenshot("regulator-print.png");

        page.navigate(url("/eligibility/batch"));
        String csv = "name,ratedPowerMw,ratedEnergyMwh,annualCycles\n"
                + "Batch good " + run + ",100,400,330\n"
                + "Batch short " + run + ",100,300,330\n"
                + "Batch typo " + run + ",1OO,400,330\n"
                + "Batch big " + run + ",200,1000,365\n";
        page.locator("#batch-upload input[type=file]").setInputFiles(new FilePayload("projects.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#batch-summary"))
                .containsText("4 rows: 2 eligible, 1 not eligible, 1 with errors");
        assertThat(page.locator("#batch-grid")).containsText("Row 3, column ratedPowerMw: '1OO' is not a number.");
        assertThat(page.locator("#batch-grid")).containsText("Batch big " + run);
        assertThat(page.locator("#batch-shown")).hasText("Showing 4 of 4 rows.");
        screenshot("regulator-batch.png");
        choose("batch-filter", "Error");
        assertThat(page.locator("#batch-shown")).hasText("Showing 1 of 4 rows.");
        assertThat(page.locator("#batch-grid")).containsText("Batch typo " + run);
        assertThat(page.locator("#batch-export")).isVisible();
        assertThat(page.locator("#batch-export-xlsx")).isVisible();

        page.navigate(url("/eligibility/audit"));
        page.locator("#audit-project input").fill("Hebei B " + run);
        page.locator("#audit-search").click();
        assertThat(page.locator("#audit-count")).containsText("1 verdict(s) shown");
        // The grid recycles rows: earlier results may linger in hidden cells, so click the visible one.
        page.locator("#audit-grid").getByText("Hebei B " + run)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).click();
        assertThat(page.locator("#audit-detail-facts")).containsText("Rated power (MW): 99.9");
        assertThat(page.locator("vaadin-dialog-overlay #verdict-headline")).containsText("fails ELIG-HE-001");
        assertThat(page.locator("vaadin-dialog-overlay #verdict-meta")).containsText("version");
        // Let the dialog's opening animation finish so the screenshot is not half transparent.
        page.locator("vaadin-dialog-overlay[opened]:not([opening])").waitFor();
        screenshot("regulator-audit.png");
        // Re-run the stored verdict on the rules serving now: same rules, so nothing changes.
        assertThat(page.locator("#audit-detail-version")).containsText("Rule-base version");
        page.locator("#audit-rerun").click();
        assertThat(page.locator("#rerun-summary")).containsText("no change, still Not eligible");
        page.locator("#audit-detail-close").click();

        page.navigate(url("/rules"));
        assertThat(page.locator("#rule-set-grid")).containsText("CN-SHANDONG-2022");
        assertThat(page.locator("#reload-rules")).hasCount(0);
        page.locator("#rule-grid").getByText("ELIG-HE-002")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true)).click();
        assertThat(page.locator("#rule-source")).containsText("minDurationHours()");
        // Governance: where the rules come from, each rule set's scenarios with results, and the history.
        assertThat(page.locator("#rules-location")).containsText("scenarios passed before this rule base went live");
        assertThat(page.locator("#scenario-grid")).containsText("Power just under the 100 MW floor");
        assertThat(page.locator("#scenario-grid")).containsText("not eligible: ELIG-HE-001");
        assertThat(page.locator("#rule-history-grid")).containsText("start-up");
        page.locator("#rule-source").scrollIntoViewIfNeeded();
        screenshot("regulator-rules.png");
    }

    @Test
    void admin_reloads_the_rule_base_from_the_catalogue() {
        logInAs("admin", ADMIN_PASSWORD);
        page.navigate(url("/rules"));
        page.locator("#reload-rules").click();
        assertThat(page.locator("#last-reload")).containsText("(by admin) succeeded");
        screenshot("regulator-rules-admin.png");
    }
}
