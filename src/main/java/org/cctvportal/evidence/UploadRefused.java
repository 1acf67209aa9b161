package org.cctvportal.evidence;

/** An upload refused with a message for the person uploading: nothing of it remains stored. */
public class UploadRefused extends RuntimeException {

    private final int status;
    private final String field;

    public UploadRefused(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
