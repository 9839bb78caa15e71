package com.sesadvisor.security;

/** Someone else changed the account since it was loaded; nothing was overwritten. */
public final class StaleAccountException extends RuntimeException {

    public StaleAccountException(String username) {
        super("The account " + username + " was changed by someone else in the meantime");
    }
}
