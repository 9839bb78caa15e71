package com.sesadvisor.workshop.overview.ui;

import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.security.CurrentUser;
import com.sesadvisor.security.Role;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopService;
import com.sesadvisor.workshop.results.ui.WorkshopResultsView;
import com.sesadvisor.workshop.results.ui.WorkshopView;
import com.sesadvisor.workshop.transfer.WorkshopImportException;
import com.sesadvisor.workshop.transfer.WorkshopTransferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The list of workshops, newest first; facilitators start new ones here. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = WorkshopRoutes.WORKSHOPS, layout = MainLayout.class)
@PermitAll
public class WorkshopsView extends VerticalLayout implements HasDynamicTitle {

    private final WorkshopService workshops;
    private final Grid<Workshop> grid = new Grid<>(Workshop.class, false);
    private final boolean facilitator;

    private final boolean expert;
    private final com.vaadin.flow.component.html.Div importProblems = new com.vaadin.flow.component.html.Div();

    public WorkshopsView(WorkshopService workshops, CurrentUser currentUser,
                         com.sesadvisor.workshop.transfer.WorkshopTransferService transfer,
                         com.sesadvisor.workshop.answers.ExpertJudgementService answers) {
        this.workshops = workshops;
        this.facilitator = currentUser.hasRole(Role.FACILITATOR) || currentUser.hasRole(Role.ADMIN);
        this.expert = currentUser.hasRole(Role.EXPERT);
        addClassName("workshops-view");
        H2 title = new H2(getTranslation("workshops.title"));
        Button create = new Button(getTranslation("workshops.new"), VaadinIcon.PLUS.create(),
                e -> new NewWorkshopDialog(workshops, currentUser.username()).open());
        create.setId("new-workshop");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.hasRole(Role.FACILITATOR) || currentUser.hasRole(Role.ADMIN));
        HorizontalLayout bar = new HorizontalLayout(title, create);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar, new Paragraph(getTranslation("workshops.intro")));
        if (facilitator) {
            add(importUpload(transfer), importProblems);
        }
        myWorkshops(answers);
        add(configureGrid());
        refresh();
    }

    /**
     * A workshop file exported earlier becomes a new workshop. The classic receiver API is used on purpose (as in
     * the batch check): its succeeded event arrives in a UI request, so the page updates without server push.
     */
    private com.vaadin.flow.component.upload.Upload importUpload(
            com.sesadvisor.workshop.transfer.WorkshopTransferService transfer) {
        com.vaadin.flow.component.upload.receivers.MemoryBuffer buffer =
                new com.vaadin.flow.component.upload.receivers.MemoryBuffer();
        com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload(buffer);
        upload.setId("import-workshop");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(com.sesadvisor.workshop.transfer.WorkshopTransferService.MAX_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("workshop.transfer.drop")));
        upload.setUploadButton(new Button(getTranslation("workshop.transfer.import"), VaadinIcon.UPLOAD.create()));
        importProblems.setId("import-problems");
        importProblems.addClassNames("verdict", "verdict-warn");
        importProblems.setVisible(false);
        upload.addSucceededListener(e -> {
            byte[] bytes;
            try (java.io.InputStream in = buffer.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (java.io.IOException ex) {
                bytes = new byte[0];
            }
            upload.clearFileList();
            try {
                long id = transfer.importWorkshop(bytes);
                importProblems.setVisible(false);
                com.sesadvisor.base.ui.Notifications.success(getTranslation("workshop.transfer.imported"));
                getUI().ifPresent(ui -> ui.navigate(WorkshopView.class, WorkshopView.parameters(id)));
            } catch (com.sesadvisor.workshop.transfer.WorkshopImportException ex) {
                importProblems.removeAll();
                importProblems.add(new com.vaadin.flow.component.html.Span(getTranslation(
                        "workshop.transfer.invalid", e.getFileName(), ex.problems().size())));
                com.vaadin.flow.component.html.UnorderedList list =
                        new com.vaadin.flow.component.html.UnorderedList();
                // the JSON path points into the file, so it stays as it is; the reason is in the reader's language
                ex.problems().forEach(p -> list.add(new com.vaadin.flow.component.html.ListItem(
                        getTranslation("workshop.transfer.problem", p.path(), Texts.render(p.message())))));
                importProblems.add(list);
                importProblems.setVisible(true);
            }
        });
        upload.addFileRejectedListener(e -> {
            importProblems.removeAll();
            importProblems.add(new com.vaadin.flow.component.html.Span(getTranslation("workshop.transfer.rejected")));
            importProblems.setVisible(true);
        });
        return upload;
    }

    /**
     * "My workshops": the workshops this account takes part in as an expert, each opening the same answering page as
     * the personal link (issue 15). Shown to any account that is a participant somewhere.
     */
    private void myWorkshops(com.sesadvisor.workshop.answers.ExpertJudgementService answers) {
        var mine = answers.mine();
        if (mine.isEmpty()) {
            return;
        }
        com.vaadin.flow.component.html.Div section = new com.vaadin.flow.component.html.Div();
        section.setId("my-workshops");
        section.addClassName("my-workshops");
        section.add(new com.vaadin.flow.component.html.H3(getTranslation("workshops.mine.title")));
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        for (var p : mine) {
            com.vaadin.flow.router.RouterLink link = new com.vaadin.flow.router.RouterLink(getTranslation(
                    p.finished() ? "workshops.mine.finished" : "workshops.mine.answer", p.workshopName(),
                    p.participantName()), com.sesadvisor.workshop.answers.ui.AccountAnswersView.class,
                    com.sesadvisor.workshop.answers.ui.AccountAnswersView.parameters(p.participantId()));
            link.setId("my-workshop-" + p.participantId());
            list.add(new com.vaadin.flow.component.html.ListItem(link));
        }
        section.add(list);
        add(section);
    }

    private Grid<Workshop> configureGrid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("workshop-grid");
        grid.addColumn(Workshop::getName).setHeader(getTranslation("workshops.name")).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(Workshop::getPurpose).setHeader(getTranslation("workshops.purpose")).setFlexGrow(3);
        grid.addColumn(Workshop::getCreatedBy).setHeader(getTranslation("workshops.createdBy"));
        // a date and time never fits the default width in Chinese ("2026年12月5日 下午10:05:12"): size it to its text
        grid.addColumn(w -> when.format(w.getUpdatedAt())).setHeader(getTranslation("workshops.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        if (facilitator) { // the live view and set-up are the facilitator's; others only see the list
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(WorkshopView.class,
                    WorkshopView.parameters(e.getItem().getId()))));
        } else if (expert) { // experts may open the results (the service refuses when a workshop does not share them)
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(WorkshopResultsView.class,
                    WorkshopResultsView.parameters(e.getItem().getId()))));
        }
        grid.setEmptyStateText(getTranslation("workshops.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void refresh() {
        grid.setItems(workshops.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshops.title") + " · " + getTranslation("app.name");
    }
}
