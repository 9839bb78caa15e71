package com.sesadvisor.eligibility.ui;

import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.eligibility.AuditEntry;
import com.sesadvisor.eligibility.AuditQuery;
import com.sesadvisor.eligibility.EligibilityService;
import com.sesadvisor.eligibility.InvalidProjectException;
import com.sesadvisor.rules.RuleSetInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Every verdict, searchable by project, rule set, date and user; each opens its exact facts and findings. */
@Route(value = "eligibility/audit", layout = MainLayout.class)
@RolesAllowed({"REGULATOR", "ADMIN"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final int LIMIT = 1000;

    private final EligibilityService eligibility;
    private final Clock clock;
    private final TextField project = new TextField(getTranslation("eligibility.audit.project"));
    private final ComboBox<String> ruleSet = new ComboBox<>(getTranslation("eligibility.audit.ruleSet"));
    private final DatePicker from = new DatePicker(getTranslation("eligibility.audit.from"));
    private final DatePicker to = new DatePicker(getTranslation("eligibility.audit.to"));
    private final TextField user = new TextField(getTranslation("eligibility.audit.user"));
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    /** What the grid shows; exports use it so that they match the screen even if a filter was edited since. */
    private AuditQuery shown = AuditQuery.all();

    private final com.sesadvisor.security.CurrentUser currentUser;

    public AuditView(EligibilityService eligibility, Clock clock, com.sesadvisor.security.CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.eligibility = eligibility;
        this.clock = clock;
        addClassName("audit-view");
        project.setId("audit-project");
        project.setClearButtonVisible(true);
        ruleSet.setId("audit-rule-set");
        ruleSet.setItems(eligibility.ruleSets().stream().map(RuleSetInfo::name).toList());
        ruleSet.setPlaceholder(getTranslation("eligibility.audit.anyRuleSet"));
        ruleSet.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        user.setId("audit-user");
        user.setClearButtonVisible(true);
        Button search = new Button(getTranslation("eligibility.audit.search"), e -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout filters = new HorizontalLayout(project, ruleSet, from, to, user, search);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout exports = new HorizontalLayout(
                Downloads.link("audit-export-csv", getTranslation("eligibility.audit.exportCsv"),
                        "eligibility-audit.csv", "text/csv", () -> eligibility.auditCsv(shown)),
                Downloads.link("audit-export-json", getTranslation("eligibility.audit.exportJson"),
                        "eligibility-audit.json", "application/json", () -> eligibility.auditJson(shown)));
        count.setId("audit-count");
        configureGrid();
        add(new H2(getTranslation("eligibility.audit.title")), new Paragraph(getTranslation("eligibility.audit.intro")),
                filters, exports, count, grid);
        search();
    }

    private void configureGrid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        grid.setId("audit-grid");
        // at 1024 px with the menu open the grid has about 720 px: texts wrap, widths shared, no sideways scrolling
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AuditEntry::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> when.format(e.decidedAt())).setHeader(getTranslation("eligibility.audit.col.when"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::projectName).setHeader(getTranslation("eligibility.batch.col.name"))
                .setWidth("6rem").setFlexGrow(2);
        grid.addColumn(AuditEntry::ruleSet).setHeader(getTranslation("eligibility.ruleSet")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Span badge = new Span(getTranslation(e.eligible() ? "eligibility.status.ELIGIBLE"
                    : "eligibility.status.NOT_ELIGIBLE"));
            badge.getElement().getThemeList().add(e.eligible() ? "badge success" : "badge error");
            return badge;
        }).setHeader(getTranslation("eligibility.batch.col.status")).setAutoWidth(true).setFlexGrow(0);
        // a version is a 12-digit hash: its first 8 digits here, all of it in the tooltip and the detail dialog
        grid.addColumn(e -> e.ruleSetVersion() == null || e.ruleSetVersion().length() <= 8 ? e.ruleSetVersion()
                        : e.ruleSetVersion().substring(0, 8) + "…")
                .setHeader(getTranslation("eligibility.audit.col.version")).setWidth("5rem").setFlexGrow(0)
                .setTooltipGenerator(AuditEntry::ruleSetVersion);
        grid.addColumn(AuditEntry::decidedBy).setHeader(getTranslation("eligibility.audit.col.user"))
                .setWidth("5rem").setFlexGrow(1);
        grid.addColumn(AuditEntry::origin).setHeader(getTranslation("eligibility.audit.col.origin"))
                .setWidth("5rem").setFlexGrow(1);
        grid.addItemClickListener(e -> new AuditDetailDialog(e.getItem(), clock.getZone(),
                entry -> eligibility.rerun(entry.id(), currentUser.username())).open());
        grid.setWidthFull();
    }

    private AuditQuery query() {
        return new AuditQuery(project.getValue(), ruleSet.getValue(), from.getValue(), to.getValue(),
                user.getValue(), LIMIT);
    }

    private void search() {
        to.setInvalid(false);
        try {
            AuditQuery query = query();
            var entries = eligibility.audit(query);
            shown = query;
            grid.setItems(entries);
            count.setText(getTranslation("eligibility.audit.count", entries.size(), LIMIT));
        } catch (InvalidProjectException e) {
            // Only the date range can be wrong here; keep the filters as typed.
            to.setErrorMessage(getTranslation("eligibility.audit.toBeforeFrom"));
            to.setInvalid(true);
            Notifications.error(getTranslation("eligibility.audit.toBeforeFrom"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eligibility.audit.title") + " · " + getTranslation("app.name");
    }
}
