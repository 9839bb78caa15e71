package com.sesadvisor.admin.ui;

import com.sesadvisor.security.AccountRefusedException;
import com.sesadvisor.security.AppUser;
import com.sesadvisor.security.Role;
import com.sesadvisor.security.StaleAccountException;
import com.sesadvisor.security.UserAccountService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Creates an account or edits one's display name and roles. Validated inline with a {@link Binder}; a refusal
 * from the service (name taken meanwhile, last admin, own admin role) is shown next to the field it concerns and
 * the dialog stays open with everything that was typed.
 */
class AccountDialog extends Dialog {

    /** What the form edits before anything is stored. */
    static final class Draft {
        private String username = "";
        private String displayName = "";
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        private boolean typedPassword;
        private String password = "";

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        Set<Role> getRoles() {
            return roles;
        }

        void setRoles(Set<Role> roles) {
            this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        }

        boolean isTypedPassword() {
            return typedPassword;
        }

        void setTypedPassword(boolean typedPassword) {
            this.typedPassword = typedPassword;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }
    }

    private final UserAccountService accounts;
    /** The account being edited (its version guards against overwriting someone else's change); null on create. */
    private AppUser editing;
    private final Draft draft = new Draft();
    private final Binder<Draft> binder = new Binder<>();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final RadioButtonGroup<Boolean> passwordMode = new RadioButtonGroup<>();
    private final PasswordField password = new PasswordField();
    private final Div conflict = new Div();

    /**
     * @param onSaved called with the saved account and, for a new account with a generated password, that password
     *                (else null)
     */
    AccountDialog(UserAccountService accounts, AppUser editing, BiConsumer<AppUser, String> onSaved) {
        this.accounts = accounts;
        this.editing = editing;
        boolean create = editing == null;
        setHeaderTitle(create ? getTranslation("users.form.createTitle")
                : getTranslation("users.form.editTitle", editing.getUsername()));
        setWidth("36rem");

        username.setLabel(getTranslation("users.form.username"));
        username.setId("account-username");
        username.setHelperText(getTranslation("users.form.username.help"));
        username.setRequiredIndicatorVisible(true);
        username.setReadOnly(!create);
        displayName.setLabel(getTranslation("users.form.displayName"));
        displayName.setId("account-display-name");
        displayName.setRequiredIndicatorVisible(true);
        roles.setLabel(getTranslation("users.form.roles"));
        roles.setId("account-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(AccountText.role(r).key()));
        roles.setRequiredIndicatorVisible(true);
        passwordMode.setLabel(getTranslation("users.form.passwordMode"));
        passwordMode.setId("account-password-mode");
        passwordMode.setItems(Boolean.FALSE, Boolean.TRUE);
        passwordMode.setItemLabelGenerator(typed -> getTranslation(typed ? "users.form.passwordMode.type"
                : "users.form.passwordMode.generate"));
        password.setLabel(getTranslation("users.form.password"));
        password.setId("account-password");
        password.setHelperText(getTranslation("users.form.password.help", UserAccountService.MIN_PASSWORD_LENGTH));
        password.setRevealButtonVisible(true);

        binder.forField(username)
                .asRequired(getTranslation("users.form.username.required"))
                .withValidator((value, ctx) -> !create || UserAccountService.USERNAME.matcher(value.trim()).matches()
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("users.form.username.invalid")))
                .withValidator((value, ctx) -> !create || !accounts.usernameTaken(value)
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("users.form.username.taken", value.trim())))
                .bind(Draft::getUsername, Draft::setUsername);
        String displayNameMessage = getTranslation("users.form.displayName.required",
                UserAccountService.MAX_DISPLAY_NAME_LENGTH);
        binder.forField(displayName)
                .asRequired(displayNameMessage)
                .withValidator(v -> !v.isBlank(), displayNameMessage)
                .withValidator(new StringLengthValidator(displayNameMessage, 1,
                        UserAccountService.MAX_DISPLAY_NAME_LENGTH))
                .bind(Draft::getDisplayName, Draft::setDisplayName);
        binder.forField(roles)
                .withValidator(v -> v != null && !v.isEmpty(), getTranslation("users.form.roles.required"))
                .bind(Draft::getRoles, Draft::setRoles);
        binder.forField(passwordMode).bind(Draft::isTypedPassword, Draft::setTypedPassword);
        binder.forField(password)
                .withValidator(v -> !Boolean.TRUE.equals(passwordMode.getValue())
                                || v.length() >= UserAccountService.MIN_PASSWORD_LENGTH,
                        getTranslation("users.form.password.short", UserAccountService.MIN_PASSWORD_LENGTH))
                .bind(Draft::getPassword, Draft::setPassword);

        if (!create) {
            draft.setUsername(editing.getUsername());
            draft.setDisplayName(editing.getDisplayName());
            draft.setRoles(editing.getRoles());
        }
        binder.setBean(draft);
        password.setVisible(false);
        passwordMode.addValueChangeListener(e -> {
            password.setVisible(Boolean.TRUE.equals(e.getValue()));
            if (!Boolean.TRUE.equals(e.getValue())) {
                password.setInvalid(false);
            }
        });

        conflict.setId("account-conflict");
        conflict.addClassName("form-error");
        conflict.getStyle().set("color", "var(--lumo-error-text-color)");
        conflict.setVisible(false);

        FormLayout form = new FormLayout(username, displayName, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (create) {
            form.add(passwordMode, password);
        }
        add(conflict, form);

        Button save = new Button(getTranslation(create ? "action.create" : "users.action.save"), e -> save(onSaved));
        save.setId("save-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel-account");
        getFooter().add(cancel, save);
    }

    private void save(BiConsumer<AppUser, String> onSaved) {
        conflict.setVisible(false);
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            if (editing == null) {
                String generated = draft.isTypedPassword() ? null : accounts.generatePassword();
                AppUser created = accounts.create(draft.getUsername(), draft.getDisplayName(),
                        generated == null ? draft.getPassword() : generated, draft.getRoles());
                close();
                onSaved.accept(created, generated);
            } else {
                AppUser saved = accounts.update(editing.getId(), editing.getVersion(), draft.getDisplayName(),
                        draft.getRoles());
                close();
                onSaved.accept(saved, null);
            }
        } catch (AccountRefusedException e) {
            showRefusal(e);
        } catch (StaleAccountException e) {
            // Keep what was typed; take the stored version so a deliberate second save applies it.
            accounts.list().stream().filter(u -> u.getId().equals(editing.getId())).findFirst()
                    .ifPresent(fresh -> editing = fresh);
            conflict.setText(getTranslation("users.conflict", editing.getUsername()));
            conflict.setVisible(true);
        }
    }

    private void showRefusal(AccountRefusedException e) {
        String message = getTranslation(AccountText.refused(e.reason()).key());
        HasValidation field = switch (e.reason().field() == null ? "" : e.reason().field()) {
            case "username" -> username;
            case "displayName" -> displayName;
            case "password" -> password;
            case "roles" -> roles;
            default -> null;
        };
        if (field == null) {
            conflict.setText(message);
            conflict.setVisible(true);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
