package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An admin creates a facilitator account (and an expert with a generated password), is refused when demoting
 * themself, signs out; the facilitator signs in, can start a workshop but sees no Users item and cannot open the
 * page.
 */
class AdminUsersJourneyIT extends BrowserJourney {

    private static final String FACILITATOR_PASSWORD = "facilitator-journey-pw";

    @Test
    void admin_creates_a_facilitator_who_signs_in_without_access_to_user_administration() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String facilitator = "li-" + run;
        String expert = "chen-" + run;

        logInAs("admin", ADMIN_PASSWORD);
        page.locator("#nav-users").click();
        assertThat(page.locator("#users-grid")).containsText("Administrator");
        // An admin cannot disable themself; the button says why instead of failing later.
        assertThat(page.locator("#toggle-admin")).isDisabled();

        // Empty form: every required field says what is missing, inline.
        page.locator("#new-account").click();
        page.locator("#save-account").click();
        assertThat(page.locator("#account-username")).containsText("Enter a user name.");
        assertThat(page.locator("#account-roles")).containsText("Choose at least one role.");

        // A taken name (ignoring case) is refused next to the field.
        page.locator("#account-username input").fill("ADMIN");
        page.locator("#account-display-name input").fill("Li Wei");
        page.locator("#account-roles").getByText("Facilitator", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#account-password-mode").getByText("I will type one").click();
        page.locator("#account-password input").fill("too-short");
        page.locator("#save-account").click();
        assertThat(page.locator("#account-username"))
                .containsText("The user name \"ADMIN\" is already taken. Choose another.");
        assertThat(page.locator("#account-password")).containsText("The password needs at least 12 characters.");
        // Nothing typed was lost.
        assertThat(page.locator("#account-display-name input")).hasValue("Li Wei");

        page.locator("#account-username input").fill(facilitator);
        page.locator("#account-password input").fill(FACILITATOR_PASSWORD);
        page.locator("#save-account").click();
        assertThat(page.locator("#account-username")).hasCount(0);
        assertThat(page.locator("#users-grid")).containsText(facilitator);
        assertThat(page.locator("#status-" + facilitator)).hasText("Enabled");

        // A generated password is shown once, in a dialog that only closes on purpose.
        page.locator("#new-account").click();
        page.locator("#account-username input").fill(expert);
        page.locator("#account-display-name input").fill("Chen Jing");
        page.locator("#account-roles").getByText("Expert", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#save-account").click();
        assertThat(page.locator("#generated-password input")).hasValue(java.util.regex.Pattern.compile(
                "[A-Za-z0-9]{16}"));
        assertThat(page.getByText("It is shown only now")).isVisible();
        // Only once the create dialog has gone and the password dialog has finished opening.
        assertThat(page.locator("#account-username")).hasCount(0);
        assertThat(page.locator("vaadin-dialog-overlay[opening], vaadin-dialog-overlay[closing]")).hasCount(0);
        screenshot("admin-users-password.png");
        page.locator("#close-password").click();
        assertThat(page.locator("#generated-password")).hasCount(0);

        // Disabling asks first, then shows the new status.
        page.locator("#toggle-" + expert).click();
        page.locator("#confirm-disable-ok").click();
        assertThat(page.locator("#status-" + expert)).hasText("Disabled");
        assertThat(page.locator("#toggle-" + expert)).hasText("Enable");

        // A reset password is generated and shown once, like a new one.
        page.locator("#reset-" + expert).click();
        page.locator("#confirm-reset-ok").click();
        assertThat(page.locator("#generated-password input")).hasValue(java.util.regex.Pattern.compile(
                "[A-Za-z0-9]{16}"));
        page.locator("#close-password").click();
        assertThat(page.locator("#generated-password")).hasCount(0);

        // Removing one's own Administrator role is refused with the reason, on the roles field.
        page.locator("#edit-admin").click();
        page.locator("#account-roles").getByText("Administrator", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#save-account").click();
        assertThat(page.locator("#account-roles"))
                .containsText("You cannot remove your own Administrator role. Ask another administrator.");
        page.locator("#cancel-account").click();
        assertThat(page.locator("#account-roles")).hasCount(0);
        assertThat(page.locator("#users-grid")).containsText(expert);
        screenshot("admin-users.png");

        page.locator("#logout").click();
        page.locator("#vaadinLoginUsername").waitFor();

        logInAs(facilitator, FACILITATOR_PASSWORD);
        assertThat(page.locator("#new-workshop")).isVisible();
        assertThat(page.locator("#nav-users")).hasCount(0);
        assertThat(page.locator("#current-user")).hasText(facilitator);

        // Opening the page directly is refused: no grid, no way to create an account.
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#access-denied")).containsText("your account's roles do not allow it");
        assertThat(page.locator("#users-grid")).hasCount(0);
        assertThat(page.locator("#new-account")).hasCount(0);
        screenshot("admin-users-refused.png");
    }
}
