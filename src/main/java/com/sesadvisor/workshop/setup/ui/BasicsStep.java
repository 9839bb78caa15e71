package com.sesadvisor.workshop.setup.ui;

import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.sesadvisor.workshop.setup.WorkshopSetupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** Step 1: name and purpose. */
class BasicsStep extends VerticalLayout {

    BasicsStep(WorkshopSetupService service, WorkshopSetup setup, Consumer<WorkshopSetup> onSaved) {
        TextField name = new TextField(getTranslation("workshops.name"));
        name.setId("setup-name");
        name.setValue(setup.name());
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        TextArea purpose = new TextArea(getTranslation("workshops.purpose"));
        purpose.setId("setup-purpose");
        purpose.setValue(setup.purpose() == null ? "" : setup.purpose());
        purpose.setMaxLength(1000);
        Button save = new Button(getTranslation("workshop.setup.saveNext"), e -> SetupSaving.save(this,
                () -> service.saveBasics(setup.id(), setup.version(), name.getValue(), purpose.getValue()),
                Map.of("name", name, "purpose", purpose), onSaved));
        save.setId("save-basics");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, purpose);
        form.setMaxWidth("48rem");
        add(form, save);
    }
}
