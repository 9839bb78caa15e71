package com.sesadvisor.api;

import java.util.List;

/** A request field the API itself refuses (missing, null cell, unknown option), mapped to 400 naming the field. */
public final class BadRequestException extends RuntimeException {

    private final transient List<ApiExceptionHandler.FieldError> errors;

    public BadRequestException(String field, String message) {
        this(List.of(new ApiExceptionHandler.FieldError(field, message)));
    }

    public BadRequestException(List<ApiExceptionHandler.FieldError> errors) {
        super(errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    List<ApiExceptionHandler.FieldError> errors() {
        return errors;
    }
}
