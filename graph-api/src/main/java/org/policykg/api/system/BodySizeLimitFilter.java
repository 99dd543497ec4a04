package org.policykg.api.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses request bodies over {@code policykg.max-document-size} (default 10 MB) with 413: at once when
 * Content-Length says so, else as soon as the stream passes the limit, so a huge upload never fills memory.
 */
@Component
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final HandlerExceptionResolver problems;

    BodySizeLimitFilter(CorpusProperties properties,
                        @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.limit = properties.maxDocumentSize().toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            FilterProblems.send(problems, request, response, new BodyTooLargeException(tooLarge(request.getContentLengthLong())));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private String tooLarge(long size) {
        return "The request body has " + (size < 0 ? "more than " + limit : size) + " bytes; the limit is " + limit + " bytes.";
    }

    /** Thrown when a body without Content-Length passes the limit; answered with 413. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(String message) {
            super(message);
        }
    }

    private final class Limited extends HttpServletRequestWrapper {
        private final long max;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw new BodyTooLargeException(tooLarge(-1));
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0 && (read += n) > max) {
                        throw new BodyTooLargeException(tooLarge(-1));
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
