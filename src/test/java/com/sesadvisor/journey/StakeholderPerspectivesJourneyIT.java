package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.sesadvisor.engine.finance.Assumptions;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.TestWorkshops;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The facilitator reads the stakeholder groups' rankings and where they conflict, and, on the finance tab of the
 * same results page, who pays and who earns under each model.
 */
class StakeholderPerspectivesJourneyIT extends BrowserJourney {

    @Autowired
    TestWorkshops fixture;

    private long prepare() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin", "n/a", "ROLE_ADMIN"));
        try {
            long id = fixture.workshop("Mixed committee", null, "admin")
                    .scenario(Assumptions.paperDefaults(), Set.of(ProfitMechanism.COMPREHENSIVE), null)
                    .hierarchy(TestWorkshops.economicAndSocial()).settings(TestWorkshops.aij(false)).create();
            fixture.expertOf(id, "Grid A", OrganisationType.GRID_COMPANY, 7, 1, 1, 1);
            fixture.expertOf(id, "Grid B", OrganisationType.GRID_COMPANY, 5, 1, 2, 1);
            fixture.expertOf(id, "User A", OrganisationType.INDUSTRIAL_COMMERCIAL_USER, 1.0 / 7, 1, 1.0 / 7, 1.0 / 5);
            fixture.expertOf(id, "User B", OrganisationType.INDUSTRIAL_COMMERCIAL_USER, 1.0 / 5, 1, 1.0 / 9, 1.0 / 7);
            fixture.expertOf(id, "Investor", OrganisationType.THIRD_PARTY_INVESTOR, 9, 3, 3, 1);
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_facilitator_sees_each_group_s_ranking_the_conflict_and_each_party_s_cash_flows() {
        long id = prepare();
        logInAs("admin", ADMIN_PASSWORD);
        page.navigate(url("/workshops/" + id + "/results"));
        page.locator("#perspectives").waitFor();
        screenshot("perspectives-page.png"); // the whole page; also creates the screenshot folder

        Locator perspectives = page.locator("#perspectives");
        assertThat(perspectives.locator("#perspective-GRID_COMPANY")).containsText("complete");
        assertThat(perspectives.locator("#perspective-INDUSTRIAL_COMMERCIAL_USER")).containsText("1. DSSES");
        assertThat(perspectives.locator("#perspective-THIRD_PARTY_INVESTOR")).containsText("one expert");
        assertThat(perspectives.locator("#perspectives-weights")).containsText("Jobs");
        // the users put DSSES first, the grid companies do not: a swap, driven by a social indicator first
        Locator swap = perspectives.locator(".perspective-swap").first();
        assertThat(swap).containsText("DSSES");
        assertThat(swap.locator("li").first()).containsText(java.util.regex.Pattern.compile("Jobs|Accommodation"));
        perspectives.scrollIntoViewIfNeeded();
        perspectives.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("perspectives.png")));

        Locator tises = page.locator("#parties-TISES");
        assertThat(tises.locator(".party-lender")).containsText("4.00 %");
        assertThat(tises.locator(".party-lessees")).containsText("only payments are defined");
        assertThat(tises.locator(".parties-not-defined")).containsText("grid company");
        assertThat(page.locator("#parties-CSSES .parties-not-defined"))
                .containsText("no number of users or stakes");
        tises.scrollIntoViewIfNeeded();
        tises.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("parties-tises.png")));
    }
}
