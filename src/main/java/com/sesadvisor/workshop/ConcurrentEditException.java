package com.sesadvisor.workshop;

/** Someone else saved the same judgements since this user loaded them; nothing was overwritten. */
public final class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else in the meantime");
    }
}
