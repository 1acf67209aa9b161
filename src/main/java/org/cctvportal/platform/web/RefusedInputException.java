package org.cctvportal.platform.web;

/**
 * A request refused at the edge, before any resource read it: a control character in a parameter (400), a body over
 * its route's limit (413) or of unknown length where only a small one is accepted (411), an Idempotency-Key reused
 * for another request (422) or sent again while its first request is still answered (409). Nothing has changed.
 */
public class RefusedInputException extends RuntimeException {

    private final int status;
    private final String field;

    public RefusedInputException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    /** The parameter or property concerned, or null when the request as a whole was refused. */
    public String field() {
        return field;
    }
}
