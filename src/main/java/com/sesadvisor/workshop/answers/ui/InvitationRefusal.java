package com.sesadvisor.workshop.answers.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.InvitationProblem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Why an invitation link does not work (unknown, expired, revoked), and what to do: the same words on the expert's
 * page and on the results page reached from it. Names nothing of the workshop.
 */
public class InvitationRefusal extends VerticalLayout {

    public InvitationRefusal(InvitationProblem problem) {
        setPadding(false);
        H2 title = new H2(getTranslation(WorkshopText.invitationTitle(problem).key()));
        title.setId("invitation-invalid");
        add(new LanguageChoice(), title, new Paragraph(getTranslation(WorkshopText.invitationHelp(problem).key())));
    }
}
