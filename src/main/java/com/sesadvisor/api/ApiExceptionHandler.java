package com.sesadvisor.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.sesadvisor.engine.ahp.DisconnectedComparisonsException;
import com.sesadvisor.engine.ahp.group.InvalidGroupException;
import com.sesadvisor.engine.ahp.hierarchy.InvalidHierarchyException;
import com.sesadvisor.engine.ahp.InvalidMatrixException;
import com.sesadvisor.engine.finance.InvalidFinanceInputException;
import com.sesadvisor.engine.mcda.DecisionInputException;
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

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return validationProblem("Invalid request", e.getMessage(), e.errors());
    }

    /** Judgements that do not connect all elements: well-formed, but no completion can relate the groups. */
    @ExceptionHandler(DisconnectedComparisonsException.class)
    ProblemDetail disconnected(DisconnectedComparisonsException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Disconnected comparisons", e.getMessage(),
                List.of(new FieldError("matrix", e.getMessage())));
        p.setProperty("disconnectedElements", e.disconnectedElements());
        p.setProperty("components", e.components());
        return p;
    }

    /** A solver that gave up on well-formed input (e.g. eigen decomposition iteration limit): 422 naming the field. */
    @ExceptionHandler(com.sesadvisor.engine.ahp.NotConvergedException.class)
    ProblemDetail notConverged(com.sesadvisor.engine.ahp.NotConvergedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Computation did not converge", e.getMessage(),
                List.of(new FieldError("matrix", e.getMessage())));
    }

    @ExceptionHandler(com.sesadvisor.security.TokenRefusedException.class)
    ProblemDetail tokenRefused(com.sesadvisor.security.TokenRefusedException e) {
        if (e instanceof com.sesadvisor.security.TokenRefusedException.NotFound) {
            return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
        }
        return e.field() == null ? problem(HttpStatus.CONFLICT, "Token refused", e.getMessage(), List.of())
                : validationProblem("Invalid token request", e.getMessage(), List.of(new FieldError(e.field(),
                e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(InvalidGroupException.class)
    ProblemDetail invalidGroup(InvalidGroupException e) {
        ProblemDetail p = validationProblem("Invalid group", e.getMessage(),
                List.of(new FieldError(e.field() == null ? "matrices" : e.field(), e.getMessage())));
        if (e.expert() >= 0) {
            p.setProperty("expert", e.expert());
        }
        return p;
    }

    /** A hierarchy that cannot be evaluated (e.g. a node without judgements): 422 naming the node. */
    @ExceptionHandler(InvalidHierarchyException.class)
    ProblemDetail invalidHierarchy(InvalidHierarchyException e) {
        String field = e.nodeId() == null ? "hierarchy" : "hierarchy[" + e.nodeId() + "]";
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid hierarchy", e.getMessage(),
                List.of(new FieldError(field, e.getMessage())));
        p.setProperty("nodeId", e.nodeId());
        return p;
    }

    /** Every refused finance input at once (range checks, cross-field checks, refusal rules). */
    @ExceptionHandler(InvalidFinanceInputException.class)
    ProblemDetail invalidFinance(InvalidFinanceInputException e) {
        String detail = e.violations().size() == 1 ? e.getMessage()
                : e.violations().size() + " inputs are invalid; the first: " + e.getMessage();
        return validationProblem("Invalid finance input", detail, e.violations().stream()
                .map(v -> new FieldError(v.field(), v.message())).toList());
    }

    @ExceptionHandler(DecisionInputException.class)
    ProblemDetail invalidDecisionInput(DecisionInputException e) {
        return validationProblem("Invalid decision input", e.getMessage(),
                List.of(new FieldError(e.field(), e.getMessage())));
    }

    /** Workshop input that cannot be stored: 400 naming the field (e.g. {@code matrix[1][2]}, {@code quorum}). */
    @ExceptionHandler(com.sesadvisor.workshop.WorkshopInputException.class)
    ProblemDetail workshopInput(com.sesadvisor.workshop.WorkshopInputException e) {
        String message = e.text().english();
        return validationProblem("Invalid workshop input", e.field() + ": " + message,
                List.of(new FieldError(e.field(), message)));
    }

    /** A saved-scenario request refused: 400 naming the field, 409 for a taken name or a stale copy, 404, 403. */
    @ExceptionHandler(com.sesadvisor.analysis.saved.ScenarioRefusedException.class)
    ProblemDetail scenarioRefused(com.sesadvisor.analysis.saved.ScenarioRefusedException e) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), p.text().english())).toList();
        return switch (e.reason()) {
            case INVALID -> validationProblem("Invalid scenario", e.getMessage(), errors);
            case NAME_TAKEN -> problem(HttpStatus.CONFLICT, "Name taken", e.text().english(), errors);
            case STALE -> problem(HttpStatus.CONFLICT, "Changed by someone else", e.text().english(), errors);
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "Not found", e.text().english(), List.of());
            case READ_ONLY -> problem(HttpStatus.FORBIDDEN, "Forbidden", e.text().english(), errors);
        };
    }

    /** A workshop or judgements file refused: 400 listing every problem by its place in the file (line, path). */
    @ExceptionHandler(com.sesadvisor.workshop.transfer.WorkshopImportException.class)
    ProblemDetail importRefused(com.sesadvisor.workshop.transfer.WorkshopImportException e) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.path(), p.message().english())).toList();
        return validationProblem("Invalid file", errors.size() + " problem(s); nothing was imported. First: "
                + errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }

    @ExceptionHandler(com.sesadvisor.workshop.WorkshopNotFoundException.class)
    ProblemDetail workshopNotFound(com.sesadvisor.workshop.WorkshopNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such workshop or participant.", List.of());
    }

    @ExceptionHandler(com.sesadvisor.workshop.ConcurrentEditException.class)
    ProblemDetail workshopConflict(com.sesadvisor.workshop.ConcurrentEditException e) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage() + "; reload and try again.",
                List.of());
    }

    /** A revoked participant (or an expired link): the answers can no longer be changed. */
    @ExceptionHandler(com.sesadvisor.workshop.invitation.InvalidInvitationException.class)
    ProblemDetail invitation(com.sesadvisor.workshop.invitation.InvalidInvitationException e) {
        return problem(HttpStatus.FORBIDDEN, "Invitation not usable", e.getMessage() + ".", List.of());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidArgument(IllegalArgumentException e) {
        return validationProblem("Invalid request", e.getMessage(), List.of(new FieldError("body", e.getMessage())));
    }

    @ExceptionHandler(com.sesadvisor.eligibility.InvalidProjectException.class)
    ProblemDetail invalidProject(com.sesadvisor.eligibility.InvalidProjectException e) {
        return validationProblem("Invalid project", e.getMessage(), e.problems().stream()
                .map(p -> new FieldError(p.field(), p.message().english())).toList());
    }

    @ExceptionHandler(com.sesadvisor.eligibility.UnknownRuleSetException.class)
    ProblemDetail unknownRuleSet(com.sesadvisor.eligibility.UnknownRuleSetException e) {
        return validationProblem("Unknown rule set", e.getMessage(), List.of(new FieldError("ruleSet",
                e.getMessage())));
    }

    /**
     * A rule set that ran into its execution limits (a runaway rule) is quarantined: 503, because the request is
     * fine and the rule set is out of service until an administrator fixes and reloads it; other rule sets answer.
     */
    @ExceptionHandler(com.sesadvisor.eligibility.RuleSetQuarantinedException.class)
    ProblemDetail quarantined(com.sesadvisor.eligibility.RuleSetQuarantinedException e) {
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "Rule set quarantined", e.getMessage(),
                List.of(new FieldError("ruleSet", e.getMessage())));
        p.setProperty("ruleSet", e.quarantine().ruleSet());
        p.setProperty("file", e.quarantine().file());
        p.setProperty("since", e.quarantine().since().toString());
        return p;
    }

    /** Any other evaluation stopped by its execution limits (e.g. the AHP or advice rules): 503, never a 500. */
    @ExceptionHandler(com.sesadvisor.rules.RuleLimitExceededException.class)
    ProblemDetail ruleLimit(com.sesadvisor.rules.RuleLimitExceededException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Rule evaluation stopped", e.getMessage(), List.of());
    }

    /** A refused account change: 400 naming the field for bad input, 409 when it would lock admins out. */
    @ExceptionHandler(com.sesadvisor.security.AccountRefusedException.class)
    ProblemDetail accountRefused(com.sesadvisor.security.AccountRefusedException e) {
        String field = e.reason().field();
        if (e.reason() == com.sesadvisor.security.AccountRefusedException.Reason.USERNAME_TAKEN) {
            // a duplicate (or the loser of a race) is a conflict with existing state, not malformed input
            return problem(HttpStatus.CONFLICT, "User name taken", e.getMessage(), List.of(new FieldError(field,
                    e.getMessage())));
        }
        if (field != null) {
            return validationProblem("Invalid account", e.getMessage(), List.of(new FieldError(field,
                    e.getMessage())));
        }
        HttpStatus status = e.reason() == com.sesadvisor.security.AccountRefusedException.Reason.NOT_FOUND
                ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return problem(status, "Account change refused", e.getMessage(), List.of());
    }

    @ExceptionHandler(com.sesadvisor.security.StaleAccountException.class)
    ProblemDetail staleAccount(com.sesadvisor.security.StaleAccountException e) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage(), List.of());
    }

    /**
     * Two requests (possibly on two instances) saving the same thing at the same moment: the second one's stale
     * version (optimistic locking), a lock or a unique constraint refuses it. A conflict to retry after reloading,
     * not a server failure.
     */
    @ExceptionHandler({org.springframework.dao.ConcurrencyFailureException.class,
            org.springframework.dao.DataIntegrityViolationException.class})
    ProblemDetail concurrentChange(org.springframework.dao.DataAccessException e) {
        log.info("Refused a conflicting change: {}", e.getClass().getSimpleName());
        return problem(HttpStatus.CONFLICT, "Changed by someone else",
                "The data was changed by someone else at the same moment (for example the same name was saved); "
                        + "reload and try again.", List.of());
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
        return problem(HttpStatus.BAD_REQUEST, title, detail, errors);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }

    record FieldError(String field, String message) {
        FieldError {
            field = field == null ? "body" : field;
            message = message == null ? "invalid" : message;
        }
    }
}
