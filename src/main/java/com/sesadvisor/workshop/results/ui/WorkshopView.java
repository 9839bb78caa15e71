package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.results.FacilitationService;
import com.sesadvisor.workshop.results.LiveWorkshop;
import com.sesadvisor.workshop.results.NodeGroupResult;
import com.sesadvisor.workshop.setup.ui.WorkshopSetupView;
import com.sesadvisor.workshop.setup.ui.WorkshopsView;
import com.sesadvisor.workshop.transfer.WorkshopTransferService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Live facilitation of one workshop: who has finished, each expert's CR per node, the group weights and consensus,
 * the widest disagreements to discuss, and reopening a node. Refreshed by the button or every
 * {@value #POLL_MS} ms while open (polling, no push).
 */
@Route(value = "workshops/:id", layout = MainLayout.class)
@RolesAllowed({"FACILITATOR", "ADMIN"})
public class WorkshopView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MS = 15_000;

    private final FacilitationService facilitation;
    private final Div body = new Div();
    private final Span refreshedAt = new Span();
    private String title = "";
    private long workshopId;
    private com.vaadin.flow.shared.Registration polling;

    private final com.sesadvisor.workshop.transfer.WorkshopTransferService transfer;

    public WorkshopView(FacilitationService facilitation, com.sesadvisor.workshop.transfer.WorkshopTransferService transfer) {
        this.facilitation = facilitation;
        this.transfer = transfer;
        addClassName("workshop-view");
        body.setWidthFull();
        refreshedAt.setId("refreshed-at");
        refreshedAt.addClassName("muted");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LiveWorkshop live;
        try {
            workshopId = event.getRouteParameters().getLong("id").orElseThrow(() -> new WorkshopNotFoundException(-1));
            live = facilitation.live(workshopId);
        } catch (WorkshopNotFoundException e) {
            Notifications.error(getTranslation("workshop.notFound"));
            event.forwardTo(WorkshopsView.class);
            return;
        }
        title = live.setup().name();
        H2 heading = new H2(title);
        heading.setId("workshop-title");
        Button setup = new Button(getTranslation("workshop.live.setup"), VaadinIcon.COG.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(WorkshopSetupView.class,
                        WorkshopSetupView.parameters(workshopId))));
        setup.setId("to-setup");
        Button refresh = new Button(getTranslation("workshop.live.refresh"), VaadinIcon.REFRESH.create(),
                e -> refresh());
        refresh.setId("refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button results = new Button(getTranslation("workshop.live.results"), VaadinIcon.CHART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(WorkshopResultsView.class,
                        WorkshopResultsView.parameters(workshopId))));
        results.setId("to-results");
        results.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button liveSession = new Button(getTranslation("workshop.session.open"), VaadinIcon.USERS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(
                        com.sesadvisor.workshop.facilitation.ui.FacilitatorSessionView.class,
                        com.sesadvisor.workshop.facilitation.ui.FacilitatorSessionView.parameters(workshopId))));
        liveSession.setId("to-session");
        HorizontalLayout bar = new HorizontalLayout(heading, setup, refresh, liveSession, results,
                WorkshopResultsView.exportLink(transfer, workshopId, title), refreshedAt);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        removeAll();
        add(bar);
        if (live.setup().purpose() != null) {
            add(new Paragraph(live.setup().purpose()));
        }
        add(body);
        render(live);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void refresh() {
        render(facilitation.live(workshopId));
    }

    private void render(LiveWorkshop live) {
        body.removeAll();
        refreshedAt.setText(getTranslation("workshop.live.refreshedAt", DateTimeFormatter
                .ofLocalizedTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault())
                .format(live.at())));
        body.add(new ProgressPanel(live));
        body.add(new GroupSummaryPanel(live));
        Div nodes = new Div();
        nodes.addClassName("node-cards");
        for (NodeGroupResult node : live.group().nodes()) {
            nodes.add(new NodeGroupCard(node, live.group().settings(), () -> {
                int reopened = facilitation.reopenNode(workshopId, node.nodeId());
                Notifications.success(getTranslation("workshop.live.reopened", node.nodeName(), reopened));
                refresh();
            }));
        }
        body.add(nodes);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
