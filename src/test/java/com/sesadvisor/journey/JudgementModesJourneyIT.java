package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.UserAccountService;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.setup.ParticipantService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 16 items 2-3 in real browsers: an expert switches between words, the bar and direct matrix entry on the
 * invitation page (an out-of-scale cell is refused naming it, the reciprocal fills itself, the choice survives a
 * reload), writes why, and the facilitator reads it on the workshop page; an expert account then joins the live
 * session from its own page and its comment reaches the facilitator's live screen. Phone viewport included.
 */
class JudgementModesJourneyIT extends BrowserJourney {

    private static final String EXPERT = "modes-expert";
    private static final String EXPERT_PASSWORD = "modes-expert-password";

    @Autowired
    org.springframework.context.ApplicationContext beans;

    @Test
    void an_expert_switches_modes_comments_and_joins_the_live_session_from_the_account() {
        List<String> tokens = new ArrayList<>();
        long id = FacilitatedSessionJourneyIT.prepare(beans, 2, tokens);
        long accountParticipant = accountParticipant(id);

        // the link page: the bar by default, then Saaty's words
        Page expert = newAnonymousPage();
        expert.navigate(url("/invite/" + tokens.get(0)));
        assertThat(expert.locator("#pair-scale")).isVisible();
        expert.locator("#mode-verbal").click();
        assertThat(expert.locator("#vote-a3")).containsText("Economic is moderately more important than Social");
        expert.locator("#vote-a3").click();
        assertThat(expert.locator("#pair-counter")).containsText("Pair 2 of 3");
        screenshot(expert, "modes-01-verbal.png");

        // the matrix: 12 is refused naming the cell, 1/5 is stored and mirrored
        expert.locator("#mode-numerical").click();
        assertThat(expert.locator("#matrix-entry")).isVisible();
        assertThat(expert.locator("#matrix-input-0-1 input")).hasValue("3");
        assertThat(expert.locator("#matrix-recip-1-0")).hasText("1/3");
        expert.locator("#matrix-input-0-2 input").fill("12");
        expert.locator("#matrix-input-0-2 input").press("Tab");
        assertThat(expert.locator("#matrix-input-0-2")).hasAttribute("invalid", "");
        assertThat(expert.locator("#matrix-error")).containsText("Row Economic, column Technical");
        screenshot(expert, "modes-02-matrix-refused.png");
        expert.locator("#matrix-input-0-2 input").fill("1/5");
        expert.locator("#matrix-input-0-2 input").press("Tab");
        assertThat(expert.locator("#matrix-recip-2-0")).hasText("5");

        // why: the comment on Economic vs Social, written in matrix mode
        expert.locator("#matrix-input-0-1 input").focus();
        assertThat(expert.locator("#judgement-comment")).containsText("Economic vs Social");
        writeComment(expert, "Revenue decides whether the investor comes.");
        assertThat(expert.locator("#judgement-comment")).containsText("Comment saved");

        // remembered: after a reload the matrix is still the expert's mode
        expert.reload();
        assertThat(expert.locator("#matrix-entry")).isVisible();
        assertThat(expert.locator("#matrix-input-0-2 input")).hasValue("1/5");

        // a second expert on a phone uses the words
        Page phone = newAnonymousPage(375, 812);
        phone.navigate(url("/invite/" + tokens.get(1)));
        phone.locator("#mode-verbal").click();
        assertThat(phone.locator("#vote-eq")).isVisible();
        screenshot(phone, "modes-03-phone-verbal.png");
        phone.locator("#mode-numerical").click();
        assertThat(phone.locator("#matrix-entry")).isVisible();
        screenshot(phone, "modes-04-phone-matrix.png");

        // the facilitator reads the comment beside the experts' answers
        logInAs("admin", ADMIN_PASSWORD);
        page.navigate(url("/workshops/" + id));
        assertThat(page.locator("#comments-GOAL")).containsText(
                "Expert 1 · Economic vs Social: Revenue decides whether the investor comes.");
        page.locator("#comments-GOAL").scrollIntoViewIfNeeded();
        screenshot("modes-05-facilitator-comments.png");

        // no session yet: the account's page offers none; once open, it joins without a link
        Page account = newAnonymousPage(375, 812);
        logInAs(account, EXPERT, EXPERT_PASSWORD);
        account.navigate(url("/my-answers/" + accountParticipant));
        assertThat(account.locator("#node-title")).isVisible();
        assertThat(account.locator("#account-to-live")).hasCount(0);
        page.locator("#to-session").click();
        page.locator("#session-start").click();
        assertThat(page.locator("#session-pair")).containsText("Economic or Social?");
        account.navigate(url("/my-answers/" + accountParticipant));
        account.locator("#account-to-live").click();
        assertThat(account.locator("#live-pair")).containsText("Economic or Social?");
        assertThat(account.locator("#live-expert")).containsText("Account expert");
        account.locator("#vote-a5").click();
        assertThat(page.locator("#voters")).containsText("✓ Account expert");
        writeComment(account, "Our grid needs the revenue first.");
        assertThat(page.locator("#session-comments")).containsText("Account expert: Our grid needs the revenue first.");
        screenshot(account, "modes-06-account-live-phone.png");

        // a comment being typed survives the screen following the facilitator (the reveal redraws the rest)
        Locator typing = account.locator("#judgement-comment textarea");
        typing.fill("Revenue first, then the grid fee.");
        page.locator("#session-reveal").click();
        assertThat(account.locator("#live-revealed")).isVisible();
        assertThat(typing).hasValue("Revenue first, then the grid fee.");
        typing.press("Tab");
        assertThat(page.locator("#session-comments")).containsText("Account expert: Revenue first, then the grid fee.");
        screenshot("modes-07-facilitator-live-comment.png");
    }

    /** Types why and leaves the field, which saves it. */
    private static void writeComment(Page expert, String text) {
        expert.locator("#judgement-comment textarea").fill(text);
        expert.locator("#judgement-comment textarea").press("Tab");
    }

    /** An expert account taking part in the workshop (no link needed). */
    private long accountParticipant(long workshopId) {
        beans.getBean(UserAccountService.class).createIfAbsent(EXPERT, "Account expert", EXPERT_PASSWORD, Set.of(Role.EXPERT));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin", "n/a", "ROLE_ADMIN"));
        try {
            return beans.getBean(ParticipantService.class).invite(workshopId, new ParticipantProfile("Account expert",
                    OrganisationType.GRID_COMPANY, "Member", 1, null), Duration.ofDays(1), EXPERT).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
