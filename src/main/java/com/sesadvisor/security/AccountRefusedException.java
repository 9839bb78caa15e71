package com.sesadvisor.security;

/**
 * An account change the rules of user administration do not allow. Carries a reason (the UI translates it as
 * {@code security.refused.<reason>}) and the form field it concerns, if any, so the message can sit next to it.
 */
public final class AccountRefusedException extends RuntimeException {

    /** Why a change was refused. */
    public enum Reason {
        USERNAME_INVALID("username"),
        USERNAME_TAKEN("username"),
        DISPLAY_NAME_INVALID("displayName"),
        PASSWORD_TOO_SHORT("password"),
        NO_ROLE("roles"),
        SELF_DISABLE(null),
        SELF_DEMOTION("roles"),
        LAST_ADMIN(null),
        NOT_FOUND(null);

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        /** The field of an account form this reason concerns, or null if it concerns the whole change. */
        public String field() {
            return field;
        }
    }

    private final Reason reason;

    public AccountRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
