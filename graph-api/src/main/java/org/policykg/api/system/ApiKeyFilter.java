package org.policykg.api.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Write endpoints (anything but GET under /api/documents) need the header {@code X-API-Key} equal to
 * {@code policykg.api-key}. Without a configured key one is generated at start-up and logged.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final byte[] key;
    private final HandlerExceptionResolver problems;

    ApiKeyFilter(@Value("${policykg.api-key:}") String configured,
                 @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
        String k = configured;
        if (k == null || k.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            k = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("No policykg.api-key configured; generated API key for this run: {}", k);
        }
        this.key = k.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/documents") || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            String detail = given == null
                    ? "This endpoint changes the graph: send the header " + HEADER + "."
                    : "The " + HEADER + " header does not match the configured key.";
            FilterProblems.send(problems, request, response, new ErrorResponseException(HttpStatus.UNAUTHORIZED,
                    ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail), null));
            return;
        }
        chain.doFilter(request, response);
    }
}
