package com.sesadvisor.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sesadvisor.workshop.ExpertJudgementRepository;
import com.sesadvisor.workshop.JudgementStatus;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.TestWorkshops;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A facilitated session in real browsers: the facilitator leads five experts (one on a phone) through the goal's
 * three pairs, with a reveal, a re-vote after discussion, and the move on to the next group; every expert screen
 * follows by push, and the votes end up as the experts' finished judgements.
 */
class FacilitatedSessionJourneyIT extends BrowserJourney {

    @Autowired
    TestWorkshops fixture;
    @Autowired
    ExpertJudgementRepository judgements;

    /** {@link #prepare(TestWorkshops, int, List)} with the beans of a context. */
    static long prepare(org.springframework.context.ApplicationContext beans, int experts, List<String> tokens) {
        return prepare(beans.getBean(TestWorkshops.class), experts, tokens);
    }

    /** The workshop is prepared through the services (the set-up screens have a journey of their own). */
    static long prepare(TestWorkshops fixture, int experts, List<String> tokens) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("admin", "n/a", "ROLE_ADMIN"));
        try {
            long id = fixture.workshop("Live committee", null, "admin")
                    .hierarchy(TestWorkshops.threeCriteria("Operational value")).settings(TestWorkshops.aij(false))
                    .create();
            OrganisationType[] types = OrganisationType.values();
            for (int k = 0; k < experts; k++) {
                tokens.add(fixture.invite(id, new ParticipantProfile("Expert " + (k + 1), types[k % types.length],
                        "Member", 1, null), Duration.ofDays(1)));
            }
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_facilitator_leads_five_experts_through_a_group_with_a_re_vote() {
        List<String> tokens = new ArrayList<>();
        long id = prepare(fixture, 5, tokens);
        logInAs("admin", ADMIN_PASSWORD);
        page.navigate(url("/workshops/" + id));
        page.locator("#to-session").click();
        page.locator("#session-start").click();
        assertThat(page.locator("#session-pair")).containsText("Economic or Social?");
        assertThat(page.locator("#voted-count")).containsText("0 of 5 voted");

        List<Page> experts = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            Page e = k == 0 ? newAnonymousPage(375, 812) : newAnonymousPage();
            e.navigate(url("/invite/" + tokens.get(k) + "/live"));
            assertThat(e.locator("#live-pair")).containsText("Economic or Social?");
            experts.add(e);
        }
        Page phone = experts.get(0);
        screenshot(phone, "live-01-expert-phone-voting.png");

        // first round: the room disagrees
        String[] first = {"vote-a5", "vote-a3", "vote-b3", "vote-a7", "vote-eq"};
        for (int k = 0; k < 5; k++) {
            experts.get(k).locator("#" + first[k]).click();
            assertThat(page.locator("#voted-count")).containsText((k + 1) + " of 5 voted");
        }
        assertThat(phone.locator("#live-status")).containsText("Economic is strongly more important than Social");
        page.locator("#session-reveal").click();
        assertThat(page.locator("#vote-distribution")).isVisible();
        assertThat(page.locator("#group-mean")).containsText("Group (geometric mean)");
        assertThat(page.locator("#voters")).containsText("Expert 3 · 1/3");
        screenshot("live-02-facilitator-revealed.png");
        for (Page e : experts) {
            assertThat(e.locator("#vote-distribution")).isVisible();
        }
        screenshot(phone, "live-03-expert-phone-revealed.png");

        // after the discussion, a re-vote: the screens go back to voting, the count starts again
        page.locator("#session-revote").click();
        assertThat(page.locator("#voted-count")).containsText("0 of 5 voted");
        String[] second = {"vote-a3", "vote-a3", "vote-a2", "vote-a3", "vote-a4"};
        for (int k = 0; k < 5; k++) {
            assertThat(experts.get(k).locator("#" + second[k])).isVisible();
            experts.get(k).locator("#" + second[k]).click();
        }
        assertThat(page.locator("#voted-count")).containsText("5 of 5 voted");
        page.locator("#session-reveal").click();
        assertThat(page.locator("#group-spread")).containsText("over 5 votes");
        assertThat(page.locator("#session-next")).containsText("Next pair");

        // pairs two and three; the phone expert switches to the slider, another to numbers
        page.locator("#session-next").click();
        assertThat(phone.locator("#live-pair")).containsText("Economic or Technical?");
        phone.locator("#mode-graphical").click();
        phone.locator("#vote-slider").fill("-4"); // Economic strongly (5) more important
        assertThat(phone.locator("#vote-slider-sentence")).containsText("Economic is strongly more important");
        screenshot(phone, "live-04-expert-phone-slider.png");
        phone.locator("#vote-slider-submit").click();
        experts.get(1).locator("#mode-numerical").click();
        experts.get(1).locator("#vote-number input").fill("1/12");
        experts.get(1).locator("#vote-number-submit").click();
        assertThat(experts.get(1).locator("#vote-number")).hasAttribute("invalid", "");
        experts.get(1).locator("#vote-number input").fill("4");
        experts.get(1).locator("#vote-number-submit").click();
        for (int k = 2; k < 5; k++) {
            experts.get(k).locator("#vote-a5").click();
        }
        assertThat(page.locator("#voted-count")).containsText("5 of 5 voted");
        page.locator("#session-reveal").click();
        assertThat(page.locator("#vote-distribution")).isVisible();
        page.locator("#session-next").click();
        assertThat(page.locator("#session-pair")).containsText("Social or Technical?");
        for (Page e : experts) {
            assertThat(e.locator("#live-pair")).containsText("Social or Technical?");
        }
        // the chosen mode stays for the next pair: the phone is still on the slider, back to words
        assertThat(phone.locator("#vote-slider")).isVisible();
        phone.locator("#mode-verbal").click();
        experts.get(1).locator("#mode-verbal").click();
        for (Page e : experts) {
            e.locator("#vote-b2").click();
        }
        assertThat(page.locator("#voted-count")).containsText("5 of 5 voted");
        // the group's CR and S* at this node, from all three pairs
        assertThat(page.locator("#session-group")).not().containsText("CR –");
        screenshot("live-05-facilitator-voting.png");
        page.locator("#session-reveal").click();
        assertThat(page.locator("#vote-distribution")).isVisible();
        page.locator("#session-next").click();

        // the group is done: the next group is on every screen, the goal's judgements are finished
        assertThat(page.locator("#session-pair")).containsText("IRR or NPV?");
        for (Page e : experts) {
            assertThat(e.locator("#live-pair")).containsText("IRR or NPV?");
        }
        assertThat(judgements.findByParticipantWorkshopIdAndNodeId(id, "GOAL")).hasSize(5)
                .allSatisfy(j -> assertThat(j.getStatus()).isEqualTo(JudgementStatus.DONE));
        // the second round's vote replaced the first one in the expert's judgement
        assertThat(judgements.findByParticipantWorkshopIdAndNodeId(id, "GOAL"))
                .anySatisfy(j -> assertThat(j.getUpper()[0]).isEqualTo(2.0));

        // a late joiner lands on the current pair
        Page late = newAnonymousPage(375, 812);
        late.navigate(url("/invite/" + tokens.get(4) + "/live"));
        assertThat(late.locator("#live-pair")).containsText("IRR or NPV?");
        page.locator("#session-end").click();
        assertThat(phone.locator("#live-ended")).isVisible();
    }
}
