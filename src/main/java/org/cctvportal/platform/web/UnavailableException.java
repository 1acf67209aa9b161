package org.cctvportal.platform.web;

/**
 * A service the portal depends on (the sign-in service, a mail server) cannot be reached: 503, with words for a
 * person on a page and for a client in the API. The feature that throws it has left nothing half-done.
 */
public class UnavailableException extends RuntimeException {

    private final String title;
    private final String reason;

    public UnavailableException(String title, String reason, String detail) {
        super(reason + (detail == null ? "" : " (" + detail + ")"));
        this.title = title;
        this.reason = reason;
    }

    public String title() {
        return title;
    }

    /** What the person is told, without the technical detail. */
    public String reason() {
        return reason;
    }
}
