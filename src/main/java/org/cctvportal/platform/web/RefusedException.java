package org.cctvportal.platform.web;

/**
 * A request refused for a reason that is not the caller's role (their organisation's standing, say): 403 with a
 * title and a sentence that says why, on a page for people and in the JSON of the API.
 */
public class RefusedException extends RuntimeException {

    private final String title;

    public RefusedException(String title, String reason) {
        super(reason);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
