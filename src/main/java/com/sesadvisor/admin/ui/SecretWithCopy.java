package com.sesadvisor.admin.ui;

import com.sesadvisor.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A secret shown once (a generated password, a new API token): read-only, monospaced, with a Copy button. Used by
 * every "shown once" dialog so they look and behave alike.
 */
class SecretWithCopy extends HorizontalLayout {

    /**
     * @param fieldId     id of the field (tests read the secret from it)
     * @param copyId      id of the Copy button
     * @param ariaLabel   what the field holds, for screen readers
     * @param copyLabel   text of the Copy button
     * @param copiedLabel notification after copying
     */
    SecretWithCopy(String secret, String fieldId, String copyId, String ariaLabel, String copyLabel,
                   String copiedLabel) {
        TextField shown = new TextField();
        shown.setId(fieldId);
        shown.setValue(secret);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setAriaLabel(ariaLabel);
        shown.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Button copy = new Button(copyLabel, VaadinIcon.COPY.create(), e -> {
            shown.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret);
            Notifications.success(copiedLabel);
        });
        copy.setId(copyId);
        add(shown, copy);
        setWidthFull();
        setAlignItems(Alignment.BASELINE);
    }
}
