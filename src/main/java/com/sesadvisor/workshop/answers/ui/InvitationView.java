package com.sesadvisor.workshop.answers.ui;

import com.vaadin.flow.component.html.Anchor;
import com.sesadvisor.base.ui.RouteLinks;
import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * An expert's page, reached by their personal link; no account needed. The token in the URL is sent to the service
 * with every action and re-validated there, so an expired or revoked link stops working at the next click and
 * shows why, with no workshop data.
 */
@Route(WorkshopRoutes.INVITATION)
@AnonymousAllowed
public class InvitationView extends ExpertAnswersPage {

    public InvitationView(ExpertJudgementService experts) {
        super(experts);
    }

    private String token = "";

    @Override
    ExpertCredential credential(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        return new ExpertCredential.Link(token);
    }

    /** Always offered: the live page says so when no session is running (workshop.facilitation). */
    @Override
    Optional<Anchor> liveLink() {
        Anchor live = RouteLinks.to(WorkshopRoutes.invitationLive(token), getTranslation("workshop.session.join"));
        live.setId("invite-to-live");
        return Optional.of(live);
    }
}
