package com.sesadvisor.admin.ui;

import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.security.AccountRefusedException;
import com.sesadvisor.security.AppUser;
import com.sesadvisor.security.CurrentUser;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.StaleAccountException;
import com.sesadvisor.security.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;

/** Admins list accounts, create them, change display names and roles, disable them and reset passwords. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final String me;
    private final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;

    public UsersView(UserAccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.me = currentUser.username();
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        addClassName("users-view");
        setSizeFull();
        H2 title = new H2(getTranslation("users.title"));
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                e -> new AccountDialog(accounts, null, this::created).open());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(title, create);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar, new Paragraph(getTranslation("users.intro")), configureGrid());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }

    private Grid<AppUser> configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.column.username"))
                .setWidth("5.5rem").setFlexGrow(1).setSortable(true);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("users.column.displayName"))
                .setWidth("5.5rem").setFlexGrow(1).setSortable(true);
        // "管理员、主持人" in Chinese, "Administrator, Facilitator" in English: the text path joins lists per language
        grid.addColumn(u -> com.sesadvisor.base.i18n.Texts.render(com.sesadvisor.engine.text.TextLists.commas(
                        Arrays.stream(Role.values()).filter(u.getRoles()::contains)
                                .map(r -> getTranslation(AccountText.role(r).key())).toList())))
                .setHeader(getTranslation("users.column.roles")).setWidth("6rem").setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.column.enabled"))
                .setWidth("5rem").setFlexGrow(0);
        // at 1024 px with the menu open the grid has about 720 px: the stamps wrap (date, then who) in narrower columns
        grid.addColumn(u -> stamp(day, u.getCreatedAt(), u.getCreatedBy()))
                .setHeader(getTranslation("users.column.created")).setWidth("6.5rem").setFlexGrow(1);
        grid.addColumn(u -> u.getUpdatedAt() == null ? "" : stamp(when, u.getUpdatedAt(), u.getUpdatedBy()))
                .setHeader(getTranslation("users.column.changed")).setWidth("6.5rem").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions"))
                .setWidth("9rem").setFlexGrow(0);
        return grid;
    }

    private String stamp(DateTimeFormatter format, Instant at, String by) {
        String time = format.format(at);
        return by == null ? time : getTranslation("users.changedBy", time, by);
    }

    private Span status(AppUser u) {
        Span badge = new Span(getTranslation(u.isEnabled() ? "users.status.enabled" : "users.status.disabled"));
        badge.getElement().getThemeList().add(u.isEnabled() ? "badge success" : "badge contrast");
        badge.setId("status-" + u.getUsername());
        return badge;
    }

    private HorizontalLayout actions(AppUser u) {
        Button edit = new Button(getTranslation("users.action.edit"), VaadinIcon.EDIT.create(),
                e -> new AccountDialog(accounts, u, (saved, ignored) -> {
                    Notifications.success(getTranslation("users.saved.changed", saved.getUsername()));
                    refresh();
                }).open());
        edit.setId("edit-" + u.getUsername());
        Button toggle = new Button(getTranslation(u.isEnabled() ? "users.action.disable" : "users.action.enable"),
                e -> toggle(u));
        toggle.setId("toggle-" + u.getUsername());
        if (u.getUsername().equals(me)) {
            // Disabling oneself is refused by the service too; here the reason is shown before trying.
            toggle.setEnabled(false);
            toggle.setTooltipText(getTranslation("users.refused.SELF_DISABLE"));
        }
        // Icon only (with tooltip and accessible name) so the grid fits a laptop screen.
        Button reset = new Button(VaadinIcon.KEY.create(), e -> confirmReset(u));
        reset.setId("reset-" + u.getUsername());
        reset.setTooltipText(getTranslation("users.action.resetPassword"));
        reset.setAriaLabel(getTranslation("users.action.resetPassword"));
        for (Button b : new Button[] {edit, toggle, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout row = new HorizontalLayout(edit, toggle, reset);
        row.setWrap(true); // two lines in the narrow column rather than a grid scrolling sideways
        row.setSpacing(false);
        if (accounts.locked(u.getUsername())) {
            // sign-in throttling locked this account after repeated wrong passwords: lift it at once
            Button unlock = new Button(VaadinIcon.UNLOCK.create(), e -> {
                accounts.unlock(u.getUsername());
                Notifications.success(getTranslation("users.unlocked", u.getUsername()));
                refresh();
            });
            unlock.setId("unlock-" + u.getUsername());
            unlock.setTooltipText(getTranslation("users.action.unlock"));
            unlock.setAriaLabel(getTranslation("users.action.unlock"));
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(unlock);
        }
        row.setSpacing(false);
        return row;
    }

    private void created(AppUser user, String generatedPassword) {
        Notifications.success(getTranslation("users.saved.created", user.getUsername()));
        refresh();
        if (generatedPassword != null) {
            new PasswordOnceDialog(user.getUsername(), generatedPassword).open();
        }
    }

    private void toggle(AppUser u) {
        if (!u.isEnabled()) {
            applyEnabled(u, true);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-disable");
        confirm.setHeader(getTranslation("users.action.disable"));
        confirm.setText(getTranslation("users.confirm.disable", u.getUsername()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        Button ok = new Button(getTranslation("users.action.disable"), e -> {
            confirm.close();
            applyEnabled(u, false);
        });
        ok.setId("confirm-disable-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(ok);
        confirm.open();
    }

    private void applyEnabled(AppUser u, boolean enabled) {
        try {
            accounts.setEnabled(u.getId(), u.getVersion(), enabled);
            Notifications.success(getTranslation(enabled ? "users.saved.enabled" : "users.saved.disabled",
                    u.getUsername()));
        } catch (AccountRefusedException e) {
            Notifications.error(getTranslation(AccountText.refused(e.reason()).key()));
        } catch (StaleAccountException e) {
            Notifications.error(getTranslation("users.conflict", u.getUsername()));
        }
        refresh();
    }

    private void confirmReset(AppUser u) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-reset");
        confirm.setHeader(getTranslation("users.action.resetPassword"));
        confirm.setText(getTranslation("users.confirm.reset", u.getUsername()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        Button ok = new Button(getTranslation("users.action.resetPassword"), click -> {
            confirm.close();
            try {
                String password = accounts.resetPassword(u.getId(), u.getVersion());
                new PasswordOnceDialog(u.getUsername(), password).open();
            } catch (AccountRefusedException ex) {
                Notifications.error(getTranslation(AccountText.refused(ex.reason()).key()));
            } catch (StaleAccountException ex) {
                Notifications.error(getTranslation("users.conflict", u.getUsername()));
            }
            refresh();
        });
        ok.setId("confirm-reset-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(ok);
        confirm.open();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }
}
