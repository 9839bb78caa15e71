package com.sesadvisor.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Shows a generated password exactly once. It is never stored in plain text, so closing this dialog is the last
 * chance to copy it; the dialog therefore does not close on an outside click or Escape.
 */
class PasswordOnceDialog extends Dialog {

    PasswordOnceDialog(String username, String password) {
        setHeaderTitle(getTranslation("users.password.title", username));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setWidth("32rem");
        SecretWithCopy row = new SecretWithCopy(password, "generated-password", "copy-password",
                getTranslation("users.form.password"), getTranslation("users.action.copy"),
                getTranslation("users.password.copied"));
        Paragraph intro = new Paragraph(getTranslation("users.password.intro", username));
        Paragraph hint = new Paragraph(getTranslation("users.password.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout body = new VerticalLayout(intro, row, hint);
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("users.action.close"), e -> close());
        close.setId("close-password");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
