package com.sesadvisor.workshop.facilitation.ui;

import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.workshop.answers.ExpertCredential;
import com.sesadvisor.workshop.answers.ExpertJudgementService;
import com.sesadvisor.workshop.answers.ui.AccountAnswersView;
import com.sesadvisor.workshop.facilitation.FacilitatedSessionService;
import com.sesadvisor.workshop.facilitation.SessionBroadcaster;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * The live session joined from the expert's own account (issue 16): no link needed. The participant in the URL must
 * be tied to the signed-in account, checked by the service on every call exactly as on the account's answers page
 * ({@link AccountAnswersView}); anyone else sees that the session cannot be joined, with no workshop data.
 */
@Route(WorkshopRoutes.ACCOUNT_LIVE)
@PermitAll
public class AccountLiveView extends ExpertLiveView {

    public AccountLiveView(FacilitatedSessionService sessions, SessionBroadcaster broadcaster,
                           ExpertJudgementService experts) {
        super(sessions, broadcaster, experts);
    }

    public static RouteParameters parameters(long participantId) {
        return new RouteParameters("participant", String.valueOf(participantId));
    }

    @Override
    ExpertCredential credential(BeforeEnterEvent event) {
        return AccountAnswersView.credentialOf(event);
    }

    @Override
    RouterLink backLink() {
        return new RouterLink(getTranslation("workshop.session.backToAccount"), AccountAnswersView.class,
                AccountAnswersView.parameters(((ExpertCredential.Account) credential()).participantId()));
    }
}
