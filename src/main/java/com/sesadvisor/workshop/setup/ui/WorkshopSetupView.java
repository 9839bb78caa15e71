package com.sesadvisor.workshop.setup.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.workshop.WorkshopNotFoundException;
import com.sesadvisor.workshop.setup.ParticipantService;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The facilitator's set-up wizard: five steps as tabs, each saved on its own, so set-up resumes at the furthest step
 * saved. The steps are separate components; this view only switches between them and keeps the stored state.
 */
@Route(value = WorkshopRoutes.SETUP, layout = MainLayout.class)
@RolesAllowed({"FACILITATOR", "ADMIN"})
public class WorkshopSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> STEPS = WorkshopText.SETUP_STEPS;

    private final WorkshopSetupService setupService;
    private final ParticipantService participants;
    private final Tabs tabs = new Tabs();
    private final Div content = new Div();
    private final H2 heading = new H2();
    private WorkshopSetup setup;

    public WorkshopSetupView(WorkshopSetupService setupService, ParticipantService participants) {
        this.setupService = setupService;
        this.participants = participants;
        addClassName("setup-view");
        heading.setId("setup-title");
        for (String step : STEPS) {
            Tab tab = new Tab(getTranslation(WorkshopText.setupStep(step).key()));
            tab.setId("step-" + step);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> show(tabs.getSelectedIndex()));
        content.setWidthFull();
        content.setId("setup-content");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new WorkshopNotFoundException(-1));
            setup = setupService.setup(id);
        } catch (WorkshopNotFoundException e) {
            Notifications.error(getTranslation("workshop.notFound"));
            event.forwardTo(WorkshopRoutes.WORKSHOPS);
            return;
        }
        Button live = new Button(getTranslation("workshop.setup.toLive"), VaadinIcon.DASHBOARD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(WorkshopRoutes.workshop(setup.id()))));
        live.setId("to-live");
        Button results = new Button(getTranslation("workshop.live.results"), VaadinIcon.CHART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(WorkshopRoutes.results(setup.id()))));
        results.setId("setup-to-results");
        HorizontalLayout bar = new HorizontalLayout(heading, live, results);
        bar.setAlignItems(Alignment.BASELINE);
        removeAll();
        add(bar, tabs, content);
        heading.setText(getTranslation("workshop.setup.title", setup.name()));
        int resume = Math.min(setup.step(), STEPS.size() - 1);
        if (tabs.getSelectedIndex() == resume) {
            show(resume);
        } else {
            tabs.setSelectedIndex(resume);
        }
    }

    private void show(int step) {
        content.removeAll();
        content.add(stepComponent(step));
    }

    private Component stepComponent(int step) {
        return switch (step) {
            case 0 -> new BasicsStep(setupService, setup, this::saved);
            case 1 -> new ScenarioStep(setupService, setup, this::saved);
            case 2 -> new HierarchyStep(setupService, setup, this::saved);
            case 3 -> new SettingsStep(setupService, setup, this::saved);
            default -> new ParticipantsStep(participants, setup.id());
        };
    }

    /** A step was stored: keep the new version and go on to the next step. */
    private void saved(WorkshopSetup next) {
        this.setup = next;
        heading.setText(getTranslation("workshop.setup.title", next.name()));
        Notifications.success(getTranslation("workshop.setup.saved"));
        int following = Math.min(tabs.getSelectedIndex() + 1, STEPS.size() - 1);
        tabs.setSelectedIndex(following);
    }

    /** After a conflict: reload what is stored and show the step again with it. */
    void reload() {
        setup = setupService.setup(setup.id());
        show(tabs.getSelectedIndex());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.setup.pageTitle") + " · " + getTranslation("app.name");
    }
}
