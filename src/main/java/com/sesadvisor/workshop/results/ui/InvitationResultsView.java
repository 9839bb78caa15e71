package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.workshop.invitation.InvalidInvitationException;
import com.sesadvisor.workshop.answers.ui.InvitationRefusal;
import com.sesadvisor.workshop.answers.ui.InvitationView;
import com.sesadvisor.workshop.answers.ui.LanguageChoice;
import com.sesadvisor.workshop.results.WorkshopRankingService;
import com.sesadvisor.workshop.results.WorkshopResults;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The workshop's full results for an expert who has only their personal link (no account): the same summary,
 * ranking, finance, explanations, findings and report downloads as {@link WorkshopResultsView}, without the
 * facilitator's buttons. Whether the link works and whether the workshop shares its group result is decided by
 * {@link WorkshopRankingService#resultsForInvitation(String)} on every visit; this page only shows the answer.
 */
@Route(WorkshopRoutes.INVITATION_RESULTS)
@AnonymousAllowed
public class InvitationResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopRankingService service;
    private final AnalysisService analysis;
    private String title = "";

    public InvitationResultsView(WorkshopRankingService service, AnalysisService analysis) {
        this.service = service;
        this.analysis = analysis;
        addClassNames("invitation-view", "workshop-results-view");
        setMaxWidth("90rem");
        getStyle().set("margin", "0 auto");
    }

    public static RouteParameters parameters(String token) {
        return new RouteParameters("token", token);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        WorkshopResults results;
        try {
            results = service.resultsForInvitation(token);
        } catch (InvalidInvitationException e) {
            title = getTranslation("workshop.invitation.pageTitle");
            add(new InvitationRefusal(e.problem()));
            return;
        } catch (AccessDeniedException e) {
            title = getTranslation("workshop.results.title.short");
            Paragraph denied = new Paragraph(getTranslation("workshop.results.denied"));
            denied.setId("results-denied");
            add(new LanguageChoice(), new H2(title), denied, backLink(token));
            return;
        }
        title = getTranslation("workshop.results.title", results.outcome().name());
        H2 heading = new H2(title);
        heading.setId("results-title");
        HorizontalLayout bar = new HorizontalLayout(heading, backLink(token), new LanguageChoice());
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        bar.setWidthFull();
        Paragraph note = new Paragraph(getTranslation("workshop.invitation.resultsNote"));
        note.setId("invitation-results-note");
        note.addClassName("muted");
        WorkshopResultsContent content = new WorkshopResultsContent(results, analysis);
        content.setWidthFull();
        add(bar, note, content);
    }

    private static RouterLink backLink(String token) {
        RouterLink back = new RouterLink("", InvitationView.class, new RouteParameters("token", token));
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.add(back.getTranslation("workshop.invitation.backToJudgements"));
        back.setId("results-to-invitation");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
