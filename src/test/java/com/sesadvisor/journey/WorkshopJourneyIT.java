package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class WorkshopJourneyIT extends BrowserJourney {

    @Test
    void facilitator_enters_criteria_judgements_and_sees_consistency_in_both_languages() {
        logInAs("admin", ADMIN_PASSWORD);
        screenshot("01-workshops.png");

        page.locator("#new-workshop").click();
        page.locator("#create-workshop").click();
        assertThat(page.getByText("Give the workshop a name.")).isVisible();
        page.locator("#workshop-name input").fill("Hebei 100 MW shared storage");
        page.locator("#workshop-purpose textarea").fill("Choose the investment model for the committee");
        page.locator("#create-workshop").click();
        assertThat(page.locator("#workshop-title")).hasText("Hebei 100 MW shared storage");
        assertThat(page.locator("#consistency-verdict")).containsText("Consistent");

        // Economic 9x environmental, environmental 9x social, but social 9x economic: circular, so inconsistent.
        choose("cell-0-1", "9");
        choose("cell-1-2", "9");
        choose("cell-0-2", "1/9");
        assertThat(page.locator("#consistency-verdict")).containsText("Inconsistent");
        assertThat(page.locator("#findings")).containsText("AHP-CR-001");

        // A consistent set: weights 9:3:1:1 (economic 3x environmental 3x social; technical equal to social) = 64.3 % economic.
        choose("cell-0-2", "9");
        choose("cell-1-2", "3");
        choose("cell-0-1", "3");
        choose("cell-0-3", "9");
        choose("cell-1-3", "3");
        assertThat(page.locator("#consistency-verdict")).containsText("Consistent: CR = 0.000");
        assertThat(page.locator("#weight-0")).hasText("64.3%");
        assertThat(page.locator("#findings")).containsText("every rule passed");
        screenshot("02-workshop-result.png");

        // Saved on every change: a fresh visit shows the same result.
        page.reload();
        assertThat(page.locator("#weight-0")).hasText("64.3%");

        choose("language-switch", "中文");
        assertThat(page.locator("#consistency-verdict")).containsText("一致");
        assertThat(page.locator("#main-nav")).containsText("研讨会");
        assertThat(page.getByText("准则判断矩阵")).isVisible();
        screenshot("03-workshop-result-zh.png");
    }

    @Test
    void wrong_password_is_refused_with_a_message() {
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill("admin");
        page.locator("#vaadinLoginPassword input").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Wrong username or password")).isVisible();
    }
}
