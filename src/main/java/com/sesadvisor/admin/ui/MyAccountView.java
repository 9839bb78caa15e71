package com.sesadvisor.admin.ui;

import com.sesadvisor.base.ui.MainLayout;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.security.ApiToken;
import com.sesadvisor.security.ApiTokenService;
import com.sesadvisor.security.CurrentUser;
import com.sesadvisor.security.TokenRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * "My account": the signed-in user's personal API tokens. A new token is shown once, with a copy button; tokens are
 * listed without secrets and can be revoked. Every account may use it (the service checks the caller again).
 */
@Route(value = "account", layout = MainLayout.class)
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField name = new TextField();
    private final IntegerField days = new IntegerField();

    public MyAccountView(ApiTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        add(new H2(getTranslation("account.title", currentUser.username())));
        add(new Paragraph(getTranslation("account.tokens.intro")));

        name.setLabel(getTranslation("account.tokens.name"));
        name.setId("token-name");
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        days.setLabel(getTranslation("account.tokens.days"));
        days.setHelperText(getTranslation("account.tokens.daysHelp"));
        days.setId("token-days");
        days.setMin(1);
        days.setMax(ApiTokenService.MAX_EXPIRY_DAYS);
        days.setValue(90);
        Button create = new Button(getTranslation("account.tokens.create"), VaadinIcon.KEY.create(), e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, days, create);
        form.setAlignItems(Alignment.BASELINE);
        add(form);

        // names are user-entered: rendered as text, never as HTML
        grid.addColumn(ApiToken::getName).setHeader(getTranslation("account.tokens.name"));
        grid.addColumn(t -> when(t.getCreatedAt())).setHeader(getTranslation("account.tokens.created"));
        grid.addColumn(t -> t.getExpiresAt() == null ? getTranslation("account.tokens.never") : when(t.getExpiresAt()))
                .setHeader(getTranslation("account.tokens.expires"));
        grid.addColumn(t -> getTranslation(t.getRevokedAt() != null ? "account.tokens.revoked"
                : t.usableAt(Instant.now()) ? "account.tokens.active" : "account.tokens.expired"))
                .setHeader(getTranslation("account.tokens.status"));
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("account.tokens.revoke"), e -> revoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(t.getRevokedAt() == null);
            return revoke;
        });
        grid.setId("tokens");
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void create() {
        try {
            ApiTokenService.Created c = tokens.create(name.getValue(), days.getValue());
            name.clear();
            name.setInvalid(false);
            days.setInvalid(false);
            refresh();
            showOnce(c.secret());
        } catch (TokenRefusedException e) {
            if ("name".equals(e.field())) {
                name.setErrorMessage(getTranslation("account.tokens.nameInvalid", ApiTokenService.MAX_NAME_LENGTH));
                name.setInvalid(true);
            } else if ("expiresInDays".equals(e.field())) {
                days.setErrorMessage(getTranslation("account.tokens.daysInvalid", ApiTokenService.MAX_EXPIRY_DAYS));
                days.setInvalid(true);
            } else {
                Notifications.error(getTranslation("account.tokens.tooMany", ApiTokenService.MAX_TOKENS_PER_USER));
            }
        }
    }

    private void showOnce(String secret) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.tokens.shownOnce.title"));
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        dialog.setWidth("36rem");
        SecretWithCopy row = new SecretWithCopy(secret, "new-token", "copy-token",
                getTranslation("account.tokens.shownOnce.title"), getTranslation("account.tokens.copy"),
                getTranslation("account.tokens.copied"));
        dialog.add(new Paragraph(getTranslation("account.tokens.shownOnce.text")), row);
        Button close = new Button(getTranslation("account.tokens.close"), e -> dialog.close());
        close.setId("close-token");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void revoke(ApiToken t) {
        try {
            tokens.revoke(t.getId());
            Notifications.success(getTranslation("account.tokens.revokedNote", t.getName()));
        } catch (TokenRefusedException e) {
            Notifications.error(getTranslation("account.tokens.gone"));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String when(Instant t) {
        return WHEN.format(t);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.nav") + " · " + getTranslation("app.name");
    }
}
