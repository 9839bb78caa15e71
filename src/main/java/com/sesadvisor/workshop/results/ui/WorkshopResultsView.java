package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.results.StakeholderPerspectivesService;
import com.sesadvisor.workshop.WorkshopRoutes;

import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.security.CurrentUser;
import com.sesadvisor.security.Role;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.results.WorkshopOutcome;
import com.sesadvisor.workshop.results.WorkshopRankingService;
import com.sesadvisor.workshop.results.WorkshopResults;
import com.sesadvisor.workshop.setup.IndicatorSourceService;
import com.sesadvisor.workshop.transfer.WorkshopTransferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The committee's results: a readable summary (who finished, consensus, the weights used and what was left out,
 * the eligibility verdict, the findings) above the full analysis of the scenario with the group's weights.
 * Facilitators and administrators; experts only when the workshop shares the group result (checked by the service).
 */
@Route(value = WorkshopRoutes.RESULTS, layout = MainLayout.class)
@RolesAllowed({"FACILITATOR", "ADMIN", "EXPERT"})
public class WorkshopResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopRankingService service;
    private final WorkshopTransferService transfer;
    private final AnalysisService analysis;
    private final IndicatorSourceService sources;
    private final StakeholderPerspectivesService perspectives;
    private final boolean facilitator;
    private String title = "";

    public WorkshopResultsView(WorkshopRankingService service, WorkshopTransferService transfer,
                               AnalysisService analysis, IndicatorSourceService sources,
                               StakeholderPerspectivesService perspectives, CurrentUser currentUser) {
        this.sources = sources;
        this.perspectives = perspectives;
        this.service = service;
        this.transfer = transfer;
        this.analysis = analysis;
        this.facilitator = currentUser.hasRole(Role.FACILITATOR) || currentUser.hasRole(Role.ADMIN);
        addClassName("workshop-results-view");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        WorkshopResults results;
        try {
            id = event.getRouteParameters().getLong("id").orElseThrow(() -> new WorkshopNotFoundException(-1));
            results = service.results(id);
        } catch (WorkshopNotFoundException e) {
            Notifications.error(getTranslation("workshop.notFound"));
            event.forwardTo(WorkshopRoutes.WORKSHOPS);
            return;
        } catch (AccessDeniedException e) {
            title = getTranslation("workshop.results.title.short");
            Paragraph denied = new Paragraph(getTranslation("workshop.results.denied"));
            denied.setId("results-denied");
            add(new H2(title), denied);
            return;
        }
        WorkshopOutcome o = results.outcome();
        title = getTranslation("workshop.results.title", o.name());
        H2 heading = new H2(title);
        heading.setId("results-title");
        HorizontalLayout bar = new HorizontalLayout(heading);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        if (facilitator) {
            Button live = new Button(getTranslation("workshop.setup.toLive"), VaadinIcon.DASHBOARD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(WorkshopRoutes.workshop(id))));
            live.setId("results-to-live");
            bar.add(live, exportLink(transfer, id, o.name()));
        }
        WorkshopResultsContent content = new WorkshopResultsContent(results, analysis, !facilitator ? null
                : row -> new IndicatorSourceDialog(id, row, sources, () -> getUI().ifPresent(ui -> ui.getPage().reload())).open());
        content.setWidthFull();
        add(bar, content);
        if (facilitator) {
            // the groups under the mechanism and view picked above (the panel's intro names both)
            Div perspectivesSlot = new Div();
            perspectivesSlot.setWidthFull();
            add(perspectivesSlot);
            content.onPickersChanged((mechanism, view) -> {
                perspectivesSlot.removeAll();
                perspectivesSlot.add(new StakeholderPerspectivesPanel(perspectives.perspectives(results, mechanism,
                        view)));
            });
        }
    }

    /** The workshop's JSON file (set-up, participants without tokens, judgements), for facilitators. */
    static Anchor exportLink(WorkshopTransferService transfer, long id, String name) {
        String file = "workshop-" + id + ".json";
        DownloadHandler h = event -> {
            event.setFileName(file);
            event.setContentType("application/json");
            event.getOutputStream().write(transfer.export(id));
        };
        Anchor a = new Anchor(h, "");
        a.add(VaadinIcon.DOWNLOAD.create(), new Span(" "), new Span(a.getTranslation("workshop.transfer.export")));
        a.getElement().setAttribute("download", file);
        a.getElement().setAttribute("title", name);
        a.setId("export-workshop");
        a.addClassName("report-link");
        return a;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
