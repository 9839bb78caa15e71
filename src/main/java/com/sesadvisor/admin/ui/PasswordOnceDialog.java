package com.sesadvisor.admin.ui;

import com.sesadvisor.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

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
        TextField shown = new TextField();
        shown.setId("generated-password");
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        shown.setAriaLabel(getTranslation("users.form.password"));
        Button copy = new Button(getTranslation("users.action.copy"), VaadinIcon.COPY.create(), e -> {
            shown.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", password);
            Notifications.success(getTranslation("users.password.copied"));
        });
        copy.setId("copy-password");
        HorizontalLayout row = new HorizontalLayout(shown, copy);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
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
