package org.policykg.api.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404 as a problem: what was looked for and was not there. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, what), null);
    }
}
