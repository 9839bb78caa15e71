package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * The same answering page for an expert signed in with their own account (issue 15): the participant in the URL
 * must be tied to the account (its user name, or issue 14's contact); the service checks that on every action, as
 * it checks the token of a link. Reached from "My workshops" on the workshops page.
 */
@Route("my-answers/:participant")
@PermitAll
public class AccountAnswersView extends ExpertAnswersPage {

    public AccountAnswersView(ExpertJudgementService experts) {
        super(experts);
    }

    public static RouteParameters parameters(long participantId) {
        return new RouteParameters("participant", String.valueOf(participantId));
    }

    @Override
    ExpertCredential credential(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("participant").orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        return new ExpertCredential.Account(id);
    }
}
