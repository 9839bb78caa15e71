package com.sesadvisor.workshop.setup.ui;

import com.sesadvisor.workshop.WorkshopText;
import com.sesadvisor.base.ui.Formats;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.workshop.ConcurrentEditException;
import com.sesadvisor.workshop.OrganisationType;
import com.sesadvisor.workshop.ParticipantProfile;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.setup.ParticipantService;
import com.sesadvisor.workshop.setup.ParticipantSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Step 5: stakeholder profiles and their personal links. The link is the expert's credential: the facilitator copies
 * it into an e-mail or chat; it can be revoked or replaced by a new one.
 */
class ParticipantsStep extends VerticalLayout {

    private final ParticipantService participants;
    private final long workshopId;
    private final Grid<ParticipantSummary> grid = new Grid<>();
    /** Absolute links, so the facilitator can paste them into an e-mail as they are. */
    private final String baseUrl;

    ParticipantsStep(ParticipantService participants, long workshopId) {
        this.participants = participants;
        this.workshopId = workshopId;
        com.vaadin.flow.server.VaadinServletRequest request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        this.baseUrl = request == null ? "" : request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort() + request.getContextPath();
        TextField name = new TextField(getTranslation("workshop.participant.name"));
        name.setId("participant-name");
        Select<OrganisationType> org = new Select<>();
        org.setLabel(getTranslation("workshop.participant.organisation"));
        org.setId("participant-organisation");
        org.setItems(OrganisationType.values());
        org.setItemLabelGenerator(o -> getTranslation(WorkshopText.organisation(o).key()));
        org.setValue(OrganisationType.OTHER);
        TextField role = new TextField(getTranslation("workshop.participant.role"));
        role.setId("participant-role");
        NumberField weight = new NumberField(getTranslation("workshop.participant.weight"));
        weight.setId("participant-weight");
        weight.setValue(1.0);
        weight.setHelperText(getTranslation("workshop.participant.weight.help"));
        TextField contact = new TextField(getTranslation("workshop.participant.contact"));
        contact.setId("participant-contact");
        IntegerField days = new IntegerField(getTranslation("workshop.participant.validity"));
        days.setId("participant-validity");
        days.setValue((int) ParticipantService.DEFAULT_VALIDITY.toDays());
        Map<String, HasValidation> fields = Map.of("name", name, "organisationType", org, "role", role,
                "expertiseWeight", weight, "contact", contact, "validity", days);

        Button invite = new Button(getTranslation("workshop.participant.invite"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                if (weight.getValue() == null) {
                    throw new WorkshopInputException("expertiseWeight", Text.of("workshop.scenario.required"));
                }
                if (days.getValue() == null) {
                    throw new WorkshopInputException("validity", Text.of("workshop.scenario.required"));
                }
                participants.invite(workshopId, new ParticipantProfile(name.getValue(), org.getValue(),
                        role.getValue(), weight.getValue(), contact.getValue()), Duration.ofDays(days.getValue()));
                name.clear();
                role.clear();
                contact.clear();
                refresh(); // the new row with its link is the confirmation
            } catch (WorkshopInputException ex) {
                SetupSaving.showFieldError(this, fields, ex.field(), SetupSaving.message(this, ex));
            }
        });
        invite.setId("invite-participant");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, org, role, weight, contact, days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        add(new Paragraph(getTranslation("workshop.participant.help")), form, invite, configureGrid());
        refresh();
    }

    private Grid<ParticipantSummary> configureGrid() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("participant-grid");
        // at 1024 px with the menu open the grid has about 690 px: columns share it (texts wrap) instead of scrolling
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.profile().name()).setHeader(getTranslation("workshop.participant.name"))
                .setWidth("7rem").setFlexGrow(2);
        grid.addColumn(p -> getTranslation(WorkshopText.organisation(p.profile().organisationType()).key()))
                .setHeader(getTranslation("workshop.participant.organisation")).setWidth("6rem").setFlexGrow(1);
        grid.addColumn(p -> Formats.decimal(p.profile().expertiseWeight(), 1, getLocale()))
                .setHeader(getTranslation("workshop.participant.weight")).setWidth("5rem").setFlexGrow(0);
        // narrower link column (the field scrolls) and actions frozen to the end: Revoke / New link stay on screen
        grid.addComponentColumn(this::link).setHeader(getTranslation("workshop.participant.link")).setWidth("9rem")
                .setFlexGrow(3);
        grid.addColumn(p -> p.invitation() == null
                        ? getTranslation("workshop.participant.validUntil", date.format(p.expiresAt()))
                        : getTranslation(WorkshopText.invitation(p.invitation()).key()))
                .setHeader(getTranslation("workshop.participant.status")).setWidth("6rem").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setWidth("7.5rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout link(ParticipantSummary p) {
        TextField link = new TextField();
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invite-link-" + p.id());
        link.setAriaLabel(getTranslation("workshop.participant.linkFor", p.profile().name()));
        link.setValue(baseUrl + "/" + p.invitePath());
        link.setEnabled(p.invitation() == null);
        String url = link.getValue();
        Button copy = new Button(VaadinIcon.COPY.create(), e -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            Notifications.success(getTranslation("workshop.participant.copied", p.profile().name()));
        });
        copy.setId("copy-link-" + p.id());
        copy.setAriaLabel(getTranslation("workshop.participant.copyLink"));
        copy.setTooltipText(getTranslation("workshop.participant.copyLink"));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        copy.setEnabled(p.invitation() == null);
        HorizontalLayout l = new HorizontalLayout(link, copy);
        link.setMinWidth("0"); // the field gives way in a narrow column, the copy button keeps its size
        l.setFlexShrink(0, copy);
        l.setWidthFull();
        l.setSpacing(false);
        l.setAlignItems(Alignment.CENTER);
        return l;
    }

    private HorizontalLayout actions(ParticipantSummary p) {
        Button revoke = new Button(getTranslation("workshop.participant.revoke"),
                e -> act(() -> participants.revoke(p.id(), p.version())));
        revoke.setId("revoke-" + p.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setEnabled(p.invitation() == null);
        Button renew = new Button(getTranslation("workshop.participant.renew"),
                e -> act(() -> participants.renew(p.id(), p.version(), ParticipantService.DEFAULT_VALIDITY)));
        renew.setId("renew-" + p.id());
        renew.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(revoke, renew);
        actions.setWrap(true); // one under the other in the narrow column
        actions.setSpacing(false);
        return actions;
    }

    private void act(Supplier<ParticipantSummary> action) {
        try {
            action.get();
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("workshop.setup.conflict"));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(participants.list(workshopId));
    }
}
