package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A facilitator keeps scenarios on the Analysis page: saves two under names, loads one back (asked first, since the
 * form had unsaved edits), renames, is refused an overwrite of a copy someone else changed meanwhile, compares the
 * two side by side with the differences marked, and deletes one after confirming.
 */
class SavedScenariosJourneyIT extends BrowserJourney {

    @Test
    void save_load_rename_compare_and_delete_saved_scenarios() {
        logInAs("admin", ADMIN_PASSWORD);
        openAnalysis(page);
        assertThat(page.locator("#scenario-none")).isVisible();
        assertThat(page.locator("#scenario-current")).hasText("Current scenario: not saved under a name");

        // A name is required, and the message names the field.
        page.locator("#scenario-save").click();
        assertThat(page.locator("#scenario-name")).hasAttribute("invalid", "");
        assertThat(page.locator("#scenario-name")).containsText("The name is required.");

        save("Base case");
        assertThat(page.locator("#scenario-current")).hasText("Current scenario: \"Base case\"");
        setSpread("0.92");
        save("High spread");
        assertThat(page.locator("#scenario-grid")).containsText("High spread");
        assertThat(page.locator("#scenario-grid")).containsText("Me only");

        // Edited and not saved: loading asks before the edits are replaced.
        setSpread("0.95");
        row(page, "Base case").click();
        page.locator("#scenario-load").click();
        // the dialog's message is rendered in its overlay: found by text (which pierces shadow roots)
        assertThat(page.getByText("The form has changes that are not saved under a name")).isVisible();
        page.locator("#confirm-load-ok").click();
        assertThat(page.locator("#assumption-spread input")).hasValue("0.7234");
        assertThat(page.locator("#scenario-current")).hasText("Current scenario: \"Base case\"");

        row(page, "High spread").click();
        page.locator("#scenario-rename").click();
        page.locator("#rename-name input").fill("High spread 0.92");
        page.locator("#rename-ok").click();
        assertThat(row(page, "High spread 0.92")).isVisible();

        // Someone else (the same account in another browser) renames "Base case" meanwhile: our copy is stale.
        Page other = newAnonymousPage();
        logInAs(other, "admin", ADMIN_PASSWORD);
        openAnalysis(other);
        row(other, "Base case").click();
        other.locator("#scenario-rename").click();
        other.locator("#rename-name input").fill("Base");
        other.locator("#rename-ok").click();
        assertThat(row(other, "Base")).isVisible();
        row(page, "Base case").click();
        page.locator("#scenario-overwrite").click();
        assertThat(page.locator("#scenario-status")).containsText("was changed by someone else");
        assertThat(page.locator("#scenario-status")).containsText("nothing was overwritten");
        page.locator("#scenario-reload").click();
        assertThat(row(page, "Base")).isVisible();
        assertThat(page.locator("#scenario-grid")).not().containsText("Base case");

        // Compare side by side: the spread differs (marked in words, not only by colour), and so does CSSES's IRR.
        choose("compare-a", "Base");
        choose("compare-b", "High spread 0.92");
        page.locator("#scenario-compare").click();
        Locator comparison = page.locator("#scenario-comparison");
        assertThat(comparison).containsText("Compare \"Base\" and \"High spread 0.92\"");
        assertThat(page.locator("#in-assumptions-spread-a")).containsText("0.7234");
        assertThat(page.locator("#in-assumptions-spread-b")).containsText("0.92");
        assertThat(page.locator("#in-assumptions-spread-marker")).hasText("≠ differs");
        assertThat(comparison.locator("tr.differs").first()).isVisible();
        assertThat(page.locator("#out-CSSES-irr-marker")).hasText("≠ differs");
        assertThat(page.locator("#out-CSSES-irr-a")).not().hasText(page.locator("#out-CSSES-irr-b").textContent());
        assertThat(comparison).containsText("Inputs (1 differ)");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0); // the success toasts are gone
        comparison.scrollIntoViewIfNeeded();
        screenshot("analysis-saved-compare.png");
        noSidewaysScroll();
        page.setViewportSize(1024, 768);
        noSidewaysScroll();
        screenshot("analysis-saved-compare-1024.png");
        page.setViewportSize(1400, 900);

        row(page, "Base").click();
        page.locator("#scenario-delete").click();
        assertThat(page.getByText("Delete the saved scenario \"Base\"?")).isVisible();
        page.locator("#confirm-delete-ok").click();
        assertThat(row(page, "Base")).hasCount(0);
        assertThat(row(page, "High spread 0.92")).isVisible();

        // Saved scenarios survive a reload of the page and a new sign-in.
        page.reload();
        page.locator("#saved-scenarios").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        openPanel(page);
        assertThat(row(page, "High spread 0.92")).isVisible();
    }

    private static void openAnalysis(Page target) {
        target.locator("#main-nav").getByText("Analysis").click();
        // the first Analysis page computes the whole base case; generous on a busy 2-core machine
        target.locator("#saved-scenarios").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        openPanel(target);
    }

    private static void openPanel(Page target) {
        target.locator("#saved-scenarios vaadin-details-summary, #saved-scenarios [slot=summary]").first().click();
        assertThat(target.locator("#scenario-name")).isVisible();
    }

    private void save(String name) {
        page.locator("#scenario-name input").fill(name);
        page.locator("#scenario-save").click();
        assertThat(row(page, name)).isVisible();
    }

    private void setSpread(String value) {
        Locator spread = page.locator("#assumption-spread input");
        spread.fill(value);
        spread.press("Tab");
        assertThat(page.locator("#badge-spread")).hasText("USER");
    }

    /** The shown grid cell holding exactly this scenario name (the grid keeps hidden cells of removed rows). */
    private static Locator row(Page target, String name) {
        return target.locator("#scenario-grid vaadin-grid-cell-content").getByText(name,
                new Locator.GetByTextOptions().setExact(true)).filter(new Locator.FilterOptions().setVisible(true));
    }

    /** The page itself never scrolls sideways (wide tables scroll inside their own box). */
    private void noSidewaysScroll() {
        Object wide = page.evaluate("() => [document.documentElement, document.body,"
                + " ...document.querySelectorAll('vaadin-app-layout')].some(e => e.scrollWidth > e.clientWidth + 1)");
        assertThat(wide).isEqualTo(false);
    }
}
