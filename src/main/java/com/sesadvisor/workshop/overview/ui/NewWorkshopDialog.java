package com.sesadvisor.workshop.overview.ui;

import com.sesadvisor.workshop.WorkshopRoutes;
import com.sesadvisor.workshop.Workshop;
import com.sesadvisor.workshop.WorkshopService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** Name and purpose of a new workshop; validated inline, nothing is lost on a bad entry. */
class NewWorkshopDialog extends Dialog {

    /** What the form edits before anything is stored. */
    static final class Draft {
        private String name = "";
        private String purpose = "";

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getPurpose() {
            return purpose;
        }

        void setPurpose(String purpose) {
            this.purpose = purpose;
        }
    }

    NewWorkshopDialog(WorkshopService workshops, String username) {
        setHeaderTitle(getTranslation("workshops.new"));
        TextField name = new TextField(getTranslation("workshops.name"));
        name.setId("workshop-name");
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        TextArea purpose = new TextArea(getTranslation("workshops.purpose"));
        purpose.setId("workshop-purpose");
        purpose.setWidthFull();

        Binder<Draft> binder = new Binder<>();
        binder.forField(name)
                .asRequired(getTranslation("workshops.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("workshops.name.length", 120), 1, 120))
                .bind(Draft::getName, Draft::setName);
        binder.forField(purpose)
                .withValidator(new StringLengthValidator(getTranslation("workshops.purpose.length", 1000), 0, 1000))
                .bind(Draft::getPurpose, Draft::setPurpose);
        Draft draft = new Draft();
        binder.setBean(draft);

        Button save = new Button(getTranslation("action.create"), e -> {
            if (binder.validate().isOk()) {
                Workshop created = workshops.create(draft.getName(), draft.getPurpose(), username, getLocale());
                // Navigate via the UI taken before close(): a closed dialog is detached and has no UI.
                getUI().ifPresent(ui -> ui.navigate(WorkshopRoutes.setup(created.getId())));
                close();
            }
        });
        save.setId("create-workshop");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new FormLayout(name, purpose));
        getFooter().add(cancel, save);
    }
}
