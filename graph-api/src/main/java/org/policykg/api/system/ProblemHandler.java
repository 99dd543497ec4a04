package org.policykg.api.system;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.policykg.ingest.source.InputRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as RFC 9457 {@code application/problem+json}, with a detail a user can act on. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InputRejectedException.class)
    ProblemDetail rejected(InputRejectedException e) {
        HttpStatus status = e.reason() == InputRejectedException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Document rejected");
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    @ExceptionHandler(BodySizeLimitFilter.BodyTooLargeException.class)
    ProblemDetail tooLarge(BodySizeLimitFilter.BodyTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ClientException.class)
    ProblemDetail cypher(ClientException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Query refused by Neo4j");
        problem.setProperty("neo4jCode", e.code());
        return problem;
    }

    /**
     * Anything unforeseen is a 500 problem too, never Boot's own error JSON; its detail names no internals (they go to
     * the log with the request's path), only what the user can do.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        LOG.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be answered because of an error on the server; it has been logged. Try again, or report it.");
        problem.setTitle("Internal error");
        return problem;
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ProblemDetail unavailable(ServiceUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Neo4j is not reachable: " + e.getMessage());
    }
}
