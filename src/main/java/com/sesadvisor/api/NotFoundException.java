package com.sesadvisor.api;

/** Something the request names (an id in the path) does not exist: 404 problem+json. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
