package com.sesadvisor.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.sesadvisor.engine.ahp.InvalidMatrixException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The single mapping from failures to RFC 9457 problem+json. Bad input is a 4xx naming the field or cell;
 * anything unexpected is a 500 with a reference to the log, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidMatrixException.class)
    ProblemDetail invalidMatrix(InvalidMatrixException e) {
        return validationProblem("Invalid pairwise matrix", e.getMessage(), List.of(new FieldError(e.field(),
                e.getMessage())));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidArgument(IllegalArgumentException e) {
        return validationProblem("Invalid request", e.getMessage(), List.of());
    }

    @ExceptionHandler(com.sesadvisor.eligibility.InvalidProjectException.class)
    ProblemDetail invalidProject(com.sesadvisor.eligibility.InvalidProjectException e) {
        return validationProblem("Invalid project", e.getMessage(), e.problems().stream()
                .map(p -> new FieldError(p.field(), p.message())).toList());
    }

    @ExceptionHandler(com.sesadvisor.eligibility.UnknownRuleSetException.class)
    ProblemDetail unknownRuleSet(com.sesadvisor.eligibility.UnknownRuleSetException e) {
        return validationProblem("Unknown rule set", e.getMessage(), List.of(new FieldError("ruleSet",
                e.getMessage())));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail accessDenied(org.springframework.security.access.AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your account's roles do not allow this request.");
        problem.setTitle("Forbidden");
        return problem;
    }

    /** A query parameter of the wrong type (e.g. a date that is not yyyy-mm-dd): name the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
                                                        HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        String message = "Parameter '" + field + "' has an invalid value '" + ex.getValue() + "'.";
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(validationProblem("Invalid parameter", message, List.of(new FieldError(field, message))));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = Long.toHexString(System.nanoTime());
        log.error("Unexpected API failure, reference {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Reference: " + reference);
        problem.setTitle("Internal error");
        return problem;
    }

    /** Malformed JSON, a string where a number belongs, an unknown enum value: name the field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = "body";
        String message = "The request body is not valid JSON for this endpoint.";
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
            message = "Field '" + field + "' has an invalid value";
            if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                message += "; allowed: " + java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            message += ".";
        }
        ProblemDetail problem = validationProblem("Malformed request", message, List.of(new FieldError(field,
                message)));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static ProblemDetail validationProblem(String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }

    record FieldError(String field, String message) {
    }
}
