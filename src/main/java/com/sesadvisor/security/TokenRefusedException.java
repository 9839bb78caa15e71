package com.sesadvisor.security;

/** A token request the rules refuse; {@link #field()} names the request field (null = the request as a whole). */
public class TokenRefusedException extends RuntimeException {

    private final String field;

    public TokenRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** No token with this id among the caller's tokens. */
    public static final class NotFound extends TokenRefusedException {
        public NotFound(long id) {
            super(null, "No token " + id + " among your tokens.");
        }
    }
}
