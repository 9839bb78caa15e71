package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.answers.LiveSessions;
import com.vaadin.flow.component.html.Anchor;
import com.sesadvisor.base.ui.RouteLinks;
import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The same answering page for an expert signed in with their own account (issue 15): the participant in the URL
 * must be tied to the account (its user name, or issue 14's contact); the service checks that on every action, as
 * it checks the token of a link. Reached from "My workshops" on the workshops page. While a facilitated session is
 * open for the workshop, "Join the live session" leads to the live page ({@link WorkshopRoutes#ACCOUNT_LIVE}) as this participant, no link needed.
 */
@Route(WorkshopRoutes.ACCOUNT_ANSWERS)
@PermitAll
public class AccountAnswersView extends ExpertAnswersPage {

    private final LiveSessions sessions;
    private ExpertCredential.Account account;

    public AccountAnswersView(ExpertJudgementService experts, LiveSessions sessions) {
        super(experts);
        this.sessions = sessions;
    }

    public static RouteParameters parameters(long participantId) {
        return new RouteParameters("participant", String.valueOf(participantId));
    }

    @Override
    ExpertCredential credential(BeforeEnterEvent event) {
        account = credentialOf(event);
        return account;
    }

    /** The participant of a {@code my-answers/:participant...} route (-1, refused later, when it is no number). */
    public static ExpertCredential.Account credentialOf(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("participant").orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        return new ExpertCredential.Account(id);
    }

    @Override
    Optional<Anchor> liveLink() {
        if (!sessions.sessionOpen(account)) {
            return Optional.empty();
        }
        Anchor live = RouteLinks.to(WorkshopRoutes.accountLive(account.participantId()),
                getTranslation("workshop.session.join"));
        live.setId("account-to-live");
        live.addClassName("join-live");
        return Optional.of(live);
    }
}
