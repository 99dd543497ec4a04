package org.policykg.api.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A servlet filter's refusal, rendered by MVC's exception resolver and so by {@link ProblemHandler}, like every other
 * error. The problem is buffered and sent with its Content-Length: the resolver flushes, and a chunked answer to a
 * request whose large body is left unread can be cut off when the server closes the connection.
 */
final class FilterProblems {

    private FilterProblems() {
    }

    /** {@code resolver} is MVC's {@code handlerExceptionResolver} bean. */
    static void send(HandlerExceptionResolver resolver, HttpServletRequest request, HttpServletResponse response,
                     Exception refusal) throws IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        if (resolver.resolveException(request, buffered, null, refusal) == null) {
            throw new IllegalStateException("no problem handler for " + refusal.getClass().getName(), refusal);
        }
        buffered.copyBodyToResponse();
    }
}
