package org.cctvportal.evidence;

/** A redaction step refused with a message for the person: nothing was changed. */
class RedactionRefused extends RuntimeException {

    private final int status;

    RedactionRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
