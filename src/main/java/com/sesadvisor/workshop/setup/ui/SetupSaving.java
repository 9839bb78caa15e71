package com.sesadvisor.workshop.setup.ui;

import com.sesadvisor.base.i18n.Texts;
import com.sesadvisor.base.ui.Notifications;
import com.sesadvisor.workshop.ConcurrentEditException;
import com.sesadvisor.workshop.WorkshopInputException;
import com.sesadvisor.workshop.setup.WorkshopSetup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * How every set-up step saves: field errors go next to the field that is named, a conflict tells the facilitator
 * that someone else saved first (their entries stay on screen), success goes to the wizard.
 */
final class SetupSaving {

    private SetupSaving() {
    }

    static void save(Component step, Supplier<WorkshopSetup> action, Map<String, ? extends HasValidation> fields,
                     Consumer<WorkshopSetup> onSaved) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            onSaved.accept(action.get());
        } catch (WorkshopInputException e) {
            showFieldError(step, fields, e.field(), message(step, e));
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            Notifications.error(step.getTranslation("workshop.setup.conflict"));
        }
    }

    /** The service's reason, in the reader's language. */
    static String message(Component step, WorkshopInputException e) {
        return Texts.render(e.text());
    }

    static void showFieldError(Component step, Map<String, ? extends HasValidation> fields, String field,
                               String message) {
        Optional<? extends HasValidation> target = Optional.ofNullable(fields.get(field));
        if (target.isPresent()) {
            target.get().setErrorMessage(message);
            target.get().setInvalid(true);
        } else {
            Notifications.error(step.getTranslation("workshop.setup.fieldError", field, message));
        }
    }
}
