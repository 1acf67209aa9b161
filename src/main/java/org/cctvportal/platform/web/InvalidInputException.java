package org.cctvportal.platform.web;

/** Input that was refused before anything changed, with a message per field. */
public class InvalidInputException extends RuntimeException {

    private final transient FormErrors errors;

    public InvalidInputException(FormErrors errors) {
        super("The input has " + errors.list().size() + " problem(s)");
        this.errors = errors;
    }

    public FormErrors errors() {
        return errors;
    }

    /** The HTTP status the API answers with: 400, or 409 when the input was sent against an outdated version. */
    public int status() {
        return 400;
    }
}
