package org.policykg.ingest.source;

/** Input that cannot become a document: empty, binary, undecodable or too large. The message says why. */
public class InputRejectedException extends RuntimeException {

    private final Reason reason;

    public InputRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason { EMPTY, BINARY, UNDECODABLE, TOO_LARGE, NO_TEXT }
}
