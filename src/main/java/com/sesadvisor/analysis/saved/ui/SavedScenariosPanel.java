package com.sesadvisor.analysis.saved.ui;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.saved.SavedScenarioService;
import com.sesadvisor.analysis.saved.SavedScenarioService.Summary;
import com.sesadvisor.analysis.saved.ScenarioRefusedException;
import com.sesadvisor.analysis.saved.ScenarioText;
import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Analysis page's saved scenarios: save the form under a name (for me, or for a workshop I facilitate), list,
 * load (asking first when the form has unsaved edits), rename, overwrite, delete (asking first), and compare two side
 * by side. Every refusal of the service is shown where it belongs: a name problem on the name field, a stale copy
 * ("changed by someone else") in the panel's message line; nothing is overwritten.
 */
public class SavedScenariosPanel extends Details {

    /** A "Saved for" choice: me (null workshop) or one workshop. */
    record Owner(Long workshopId, String label) {
    }

    private final SavedScenarioService service;
    private final Supplier<Optional<AnalysisInput>> form;
    private final Consumer<AnalysisInput> loadIntoForm;
    private final DateTimeFormatter when;

    private final Span current = new Span();
    private final TextField name = new TextField();
    private final Select<Owner> owner = new Select<>();
    private final Grid<Summary> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final Div status = new Div();
    private final Button load = new Button();
    private final Button overwrite = new Button();
    private final Button rename = new Button();
    private final Button delete = new Button();
    private final Select<Summary> compareA = new Select<>();
    private final Select<Summary> compareB = new Select<>();
    private final ComparisonSection comparison = new ComparisonSection();

    /** The saved scenario the form came from (or was last saved as); null when none. */
    private Summary loaded;
    /** Whether the user changed the form since it was last loaded or saved. */
    private boolean edited;

    /**
     * @param form         the form's scenario when every field is valid; empty (with the fields marked) otherwise
     * @param loadIntoForm replaces the form with a loaded scenario and shows its results
     */
    public SavedScenariosPanel(SavedScenarioService service, ZoneId zone, Supplier<Optional<AnalysisInput>> form,
                               Consumer<AnalysisInput> loadIntoForm) {
        this.service = service;
        this.form = form;
        this.loadIntoForm = loadIntoForm;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        setId("saved-scenarios");
        addClassName("saved-scenarios");
        Span title = new Span(t(ScenarioText.TITLE));
        title.addClassName("saved-scenarios-title");
        current.setId("scenario-current");
        current.addClassName("muted");
        Div summary = new Div(title, current);
        summary.addClassName("saved-scenarios-summary");
        setSummary(summary);

        name.setLabel(t(ScenarioText.NAME));
        name.setId("scenario-name");
        name.setMaxLength(SavedScenarioService.MAX_NAME);
        name.addValueChangeListener(e -> name.setInvalid(false));
        owner.setLabel(t(ScenarioText.SCOPE));
        owner.setId("scenario-owner");
        owner.setItemLabelGenerator(Owner::label);
        Button save = button("scenario-save", ScenarioText.SAVE, this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div saveRow = row("scenario-save-row", name, owner, save);

        grid.setId("scenario-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        // the name takes the room left; who/when are never cut off (they matter for "changed by someone else")
        grid.addColumn(Summary::name).setHeader(t(ScenarioText.NAME)).setFlexGrow(1).setSortable(true);
        grid.addColumn(this::ownerText).setHeader(t(ScenarioText.SCOPE)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> t(ScenarioText.CHANGED_BY, s.updatedBy(), when.format(s.updatedAt())))
                .setHeader(t(ScenarioText.UPDATED)).setAutoWidth(true).setFlexGrow(0);
        // a click on the chosen row keeps it chosen (the actions below always act on one scenario)
        ((GridSingleSelectionModel<Summary>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.addSelectionListener(e -> enableActions());
        none.setId("scenario-none");
        none.setText(t(ScenarioText.NONE));
        none.addClassName("muted");

        button(load, "scenario-load", ScenarioText.LOAD, this::load);
        button(overwrite, "scenario-overwrite", ScenarioText.OVERWRITE, this::overwrite);
        button(rename, "scenario-rename", ScenarioText.RENAME, this::openRename);
        button(delete, "scenario-delete", ScenarioText.DELETE, this::confirmDelete);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button reload = button("scenario-reload", ScenarioText.RELOAD, this::refresh);
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = row("scenario-actions", load, overwrite, rename, delete, reload);

        status.setId("scenario-status");
        status.addClassName("scenario-status");
        status.getElement().setAttribute("role", "alert");
        status.setVisible(false);

        compareA.setLabel(t(ScenarioText.COMPARE_A));
        compareA.setId("compare-a");
        compareB.setLabel(t(ScenarioText.COMPARE_B));
        compareB.setId("compare-b");
        for (Select<Summary> s : List.of(compareA, compareB)) {
            s.setItemLabelGenerator(Summary::name);
        }
        Button compare = button("scenario-compare", ScenarioText.COMPARE, this::compare);
        Div compareRow = row("scenario-compare-row", compareA, compareB, compare);

        add(saveRow, status, grid, none, actions, compareRow, comparison);
        refresh();
        showCurrent();
    }

    /** The form was edited by the user: loading another scenario now asks first. */
    public void formEdited() {
        edited = true;
        showCurrent();
    }

    private void save() {
        Optional<AnalysisInput> in = form.get();
        if (in.isEmpty()) {
            showProblem(t(ScenarioText.FORM_INVALID));
            return;
        }
        try {
            Owner o = owner.getValue();
            Summary s = service.save(name.getValue(), o == null ? null : o.workshopId(), in.get());
            name.clear();
            done(s, ScenarioText.SAVED);
        } catch (ScenarioRefusedException e) {
            refused(e, name);
        }
    }

    private void load() {
        selected().ifPresent(s -> {
            if (!edited) {
                doLoad(s);
                return;
            }
            ConfirmDialog confirm = confirm("confirm-load", t(ScenarioText.LOAD), t(ScenarioText.LOAD_CONFIRM, s.name()),
                    t(ScenarioText.LOAD_CONFIRM_OK), () -> doLoad(s));
            confirm.open();
        });
    }

    private void doLoad(Summary s) {
        try {
            SavedScenarioService.Loaded l = service.load(s.id());
            loadIntoForm.accept(l.input());
            done(l.summary(), ScenarioText.LOADED);
        } catch (ScenarioRefusedException e) {
            refused(e, null);
        }
    }

    private void overwrite() {
        selected().ifPresent(s -> {
            Optional<AnalysisInput> in = form.get();
            if (in.isEmpty()) {
                showProblem(t(ScenarioText.FORM_INVALID));
                return;
            }
            try {
                done(service.overwrite(s.id(), s.version(), in.get()), ScenarioText.OVERWRITTEN);
            } catch (ScenarioRefusedException e) {
                refused(e, null);
            }
        });
    }

    private void openRename() {
        selected().ifPresent(s -> {
            Dialog d = new Dialog();
            d.setId("rename-dialog");
            d.setHeaderTitle(t(ScenarioText.RENAME));
            TextField field = new TextField(t(ScenarioText.NAME));
            field.setId("rename-name");
            field.setValue(s.name());
            field.setMaxLength(SavedScenarioService.MAX_NAME);
            field.setWidthFull();
            Button ok = new Button(t(ScenarioText.RENAME), e -> {
                try {
                    Summary renamed = service.rename(s.id(), s.version(), field.getValue());
                    d.close();
                    boolean wasLoaded = loaded != null && loaded.id() == s.id();
                    clearStatus();
                    Notifications.success(t(ScenarioText.RENAMED, renamed.name()));
                    if (wasLoaded) {
                        loaded = renamed;
                    }
                    refresh();
                    showCurrent();
                } catch (ScenarioRefusedException ex) {
                    if ("name".equals(ex.problems().get(0).field())) {
                        field.setErrorMessage(Texts.render(ex.text()));
                        field.setInvalid(true);
                    } else {
                        d.close();
                        refused(ex, null);
                    }
                }
            });
            ok.setId("rename-ok");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(t(ScenarioText.CANCEL), e -> d.close());
            cancel.setId("rename-cancel");
            d.add(field);
            d.getFooter().add(cancel, ok);
            d.open();
            field.focus();
        });
    }

    private void confirmDelete() {
        selected().ifPresent(s -> confirm("confirm-delete", t(ScenarioText.DELETE),
                t(ScenarioText.DELETE_CONFIRM, s.name()), t(ScenarioText.DELETE), () -> {
                    try {
                        service.delete(s.id(), s.version());
                        if (loaded != null && loaded.id() == s.id()) {
                            loaded = null;
                        }
                        clearStatus();
                        Notifications.success(t(ScenarioText.DELETED, s.name()));
                        refresh();
                        showCurrent();
                    } catch (ScenarioRefusedException e) {
                        refused(e, null);
                    }
                }).open());
    }

    private void compare() {
        Summary a = compareA.getValue();
        Summary b = compareB.getValue();
        if (a == null || b == null || a.id() == b.id()) {
            showProblem(t(ScenarioText.COMPARE_PICK_TWO));
            return;
        }
        try {
            comparison.show(service.compare(a.id(), b.id()));
            clearStatus();
        } catch (ScenarioRefusedException e) {
            refused(e, null);
        }
    }

    /** Re-reads the list (e.g. after "changed by someone else"); keeps the choices that still exist. */
    private void refresh() {
        Long chosen = selected().map(Summary::id).orElse(null);
        List<Summary> all = service.list();
        grid.setItems(all);
        grid.recalculateColumnWidths();
        grid.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
        all.stream().filter(s -> Objects.equals(s.id(), chosen)).findFirst().ifPresent(grid::select);
        for (Select<Summary> s : List.of(compareA, compareB)) {
            Long id = s.getValue() == null ? null : s.getValue().id();
            s.setItems(all);
            all.stream().filter(x -> Objects.equals(x.id(), id)).findFirst().ifPresent(s::setValue);
        }
        List<Owner> owners = new ArrayList<>();
        owners.add(new Owner(null, t(ScenarioText.SCOPE_PERSONAL)));
        service.writableWorkshops().forEach((id, n) -> owners.add(new Owner(id, t(ScenarioText.SCOPE_WORKSHOP, n))));
        Owner was = owner.getValue();
        owner.setItems(owners);
        owner.setValue(owners.stream().filter(o -> was != null && Objects.equals(o.workshopId(), was.workshopId()))
                .findFirst().orElse(owners.get(0)));
        if (loaded != null) {
            long id = loaded.id();
            loaded = all.stream().filter(s -> s.id() == id).findFirst().orElse(loaded);
        }
        enableActions();
    }

    private void done(Summary s, ScenarioText message) {
        loaded = s;
        edited = false;
        clearStatus();
        Notifications.success(t(message, s.name()));
        refresh();
        grid.getListDataView().getItems().filter(x -> x.id() == s.id()).findFirst().ifPresent(grid::select);
        showCurrent();
    }

    private void refused(ScenarioRefusedException e, TextField nameField) {
        String message = Texts.render(e.text());
        if (nameField != null && "name".equals(e.problems().get(0).field())) {
            nameField.setErrorMessage(message);
            nameField.setInvalid(true);
            return;
        }
        // in the panel's alert line beside the buttons (read out by screen readers), not in a toast over the page
        showProblem(message);
    }

    private void showProblem(String message) {
        status.setText(message);
        status.setVisible(true);
    }

    private void clearStatus() {
        status.setText("");
        status.setVisible(false);
    }

    private void showCurrent() {
        String text = loaded == null ? t(ScenarioText.UNSAVED) : t(ScenarioText.CURRENT, loaded.name());
        current.setText(edited && loaded != null ? text + " *" : text);
    }

    private void enableActions() {
        Optional<Summary> s = selected();
        load.setEnabled(s.isPresent());
        boolean writable = s.map(Summary::writable).orElse(false);
        overwrite.setEnabled(writable);
        rename.setEnabled(writable);
        delete.setEnabled(writable);
    }

    private Optional<Summary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private String ownerText(Summary s) {
        String scope = s.scope().personal() ? t(ScenarioText.SCOPE_PERSONAL)
                : t(ScenarioText.SCOPE_WORKSHOP, s.workshopName());
        return s.writable() ? scope : scope + " (" + t(ScenarioText.READ_ONLY_MARK) + ")";
    }

    private ConfirmDialog confirm(String id, String header, String text, String okText, Runnable ok) {
        ConfirmDialog d = new ConfirmDialog();
        d.setId(id);
        d.setHeader(header);
        d.setText(text);
        d.setCancelable(true);
        d.setCancelText(t(ScenarioText.CANCEL));
        Button confirm = new Button(okText, e -> {
            d.close();
            ok.run();
        });
        confirm.setId(id + "-ok");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.setConfirmButton(confirm);
        return d;
    }

    private Button button(String id, ScenarioText label, Runnable action) {
        return button(new Button(), id, label, action);
    }

    private Button button(Button b, String id, ScenarioText label, Runnable action) {
        b.setText(t(label));
        b.setId(id);
        b.addClickListener(e -> action.run());
        return b;
    }

    private static Div row(String className, com.vaadin.flow.component.Component... children) {
        Div d = new Div(children);
        d.addClassName(className);
        d.addClassName("scenario-row");
        return d;
    }

    private String t(ScenarioText key, Object... args) {
        return getTranslation(key.key(), args);
    }
}
