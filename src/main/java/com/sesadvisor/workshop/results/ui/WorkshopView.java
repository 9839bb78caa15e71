package com.sesadvisor.workshop.results.ui;

import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.workshop.WorkshopLogEntry;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.results.FacilitationService;
import com.sesadvisor.workshop.results.LiveWorkshop;
import com.sesadvisor.workshop.group.NodeGroupResult;
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
@Route(value = WorkshopRoutes.WORKSHOP, layout = MainLayout.class)
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

    private final com.sesadvisor.workshop.transfer.JudgementTransferService judgementFiles;

    public WorkshopView(FacilitationService facilitation, com.sesadvisor.workshop.transfer.WorkshopTransferService transfer,
                        com.sesadvisor.workshop.transfer.JudgementTransferService judgementFiles) {
        this.judgementFiles = judgementFiles;
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
            event.forwardTo(WorkshopRoutes.WORKSHOPS);
            return;
        }
        title = live.setup().name();
        H2 heading = new H2(title);
        heading.setId("workshop-title");
        Button setup = new Button(getTranslation("workshop.live.setup"), VaadinIcon.COG.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(WorkshopRoutes.setup(workshopId))));
        setup.setId("to-setup");
        Button refresh = new Button(getTranslation("workshop.live.refresh"), VaadinIcon.REFRESH.create(),
                e -> refresh());
        refresh.setId("refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button results = new Button(getTranslation("workshop.live.results"), VaadinIcon.CHART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(WorkshopRoutes.results(workshopId))));
        results.setId("to-results");
        results.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button liveSession = new Button(getTranslation("workshop.session.open"), VaadinIcon.USERS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(WorkshopRoutes.live(workshopId))));
        liveSession.setId("to-session");
        HorizontalLayout bar = new HorizontalLayout(heading, setup, refresh, liveSession, results,
                WorkshopResultsView.exportLink(transfer, workshopId, title));
        JudgementFileLinks.links(judgementFiles, workshopId).forEach(bar::add);
        bar.add(refreshedAt);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        removeAll();
        add(bar);
        if (live.setup().purpose() != null) {
            add(new Paragraph(live.setup().purpose()));
        }
        add(new JudgementImportSection(judgementFiles, workshopId, this::refresh), body);
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
            nodes.add(new NodeGroupCard(node, live.group().settings(), live.group().quorum(),
                    () -> confirmReopen(live, node.nodeId())));
        }
        body.add(nodes);
        body.add(log(live));
    }

    /**
     * Reopening asks first, naming what will be reopened and for whom: one group or all, one expert or all. Answers
     * stay as the starting point; the action goes to the workshop's log.
     */
    private void confirmReopen(LiveWorkshop live, String nodeId) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(ALL, getTranslation("workshop.reopen.allGroups"));
        live.group().nodes().forEach(n -> names.put(n.nodeId(), n.nodeName()));
        Select<String> node = new Select<>();
        node.setId("reopen-node");
        node.setLabel(getTranslation("workshop.reopen.group"));
        node.setItems(names.keySet());
        node.setItemLabelGenerator(names::get);
        node.setValue(nodeId == null ? ALL : nodeId);
        Map<Long, String> people = new LinkedHashMap<>();
        people.put(-1L, getTranslation("workshop.reopen.allExperts"));
        live.participants().forEach(p -> people.put(p.id(), p.profile().name()));
        Select<Long> expert = new Select<>();
        expert.setId("reopen-expert");
        expert.setLabel(getTranslation("workshop.reopen.expert"));
        expert.setItems(people.keySet());
        expert.setItemLabelGenerator(people::get);
        expert.setValue(-1L);
        Span what = new Span();
        what.setId("reopen-what");
        Runnable describe = () -> what.setText(getTranslation("workshop.reopen.what", names.get(node.getValue()),
                people.get(expert.getValue())));
        node.addValueChangeListener(e -> describe.run());
        expert.addValueChangeListener(e -> describe.run());
        describe.run();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("reopen-dialog");
        dialog.setHeader(getTranslation("workshop.reopen.title"));
        VerticalLayout text = new VerticalLayout(new HorizontalLayout(node, expert), what,
                new Span(getTranslation("workshop.reopen.keeps")));
        text.setPadding(false);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("workshop.reopen.cancel"));
        dialog.setConfirmText(getTranslation("workshop.reopen.confirm"));
        dialog.addConfirmListener(e -> {
            String n = ALL.equals(node.getValue()) ? null : node.getValue();
            Long p = expert.getValue() < 0 ? null : expert.getValue();
            int reopened = facilitation.reopen(workshopId, n, p);
            Notifications.success(getTranslation("workshop.live.reopened", names.get(node.getValue()) + " · "
                    + people.get(expert.getValue()), reopened));
            refresh();
        });
        dialog.open();
    }

    private static final String ALL = "*";

    /** The facilitator's actions, newest first. */
    private Div log(LiveWorkshop live) {
        Map<String, String> nodes = new HashMap<>();
        live.setup().hierarchy().forEach(n -> nodes.put(n.id(), n.label(getLocale())));
        Map<Long, String> people = new HashMap<>();
        live.participants().forEach(p -> people.put(p.id(), p.profile().name()));
        Div d = new Div(new H4(getTranslation("workshop.log.title")));
        d.setId("workshop-log");
        List<WorkshopLogEntry> entries = facilitation.log(workshopId);
        if (entries.isEmpty()) {
            d.add(new Span(getTranslation("workshop.log.empty")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        UnorderedList ul = new UnorderedList();
        for (WorkshopLogEntry e : entries) {
            String node = e.getNodeId() == null ? getTranslation("workshop.reopen.allGroups")
                    : nodes.getOrDefault(e.getNodeId(), e.getNodeId());
            String expert = e.getParticipantId() == null ? getTranslation("workshop.reopen.allExperts")
                    : people.getOrDefault(e.getParticipantId(), "#" + e.getParticipantId());
            String what = switch (e.getAction()) {
                case REOPEN -> getTranslation("workshop.log.REOPEN", node, expert, e.getDetail());
                case QUORUM -> getTranslation("workshop.log.QUORUM", "majority".equals(e.getDetail())
                        ? getTranslation("workshop.settings.quorum.majority") : e.getDetail());
            };
            ul.add(new ListItem(when.format(e.getAt()) + " · " + e.getActor() + " · " + what));
        }
        d.add(ul);
        return d;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
