package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An expert's page, reached by their personal link; no account needed. The token in the URL is sent to the service
 * with every action and re-validated there, so an expired or revoked link stops working at the next click and
 * shows why, with no workshop data.
 */
@Route("invite/:token")
@AnonymousAllowed
public class InvitationView extends ExpertAnswersPage {

    public InvitationView(ExpertJudgementService experts) {
        super(experts);
    }

    @Override
    ExpertCredential credential(BeforeEnterEvent event) {
        return new ExpertCredential.Link(event.getRouteParameters().get("token").orElse(""));
    }
}
