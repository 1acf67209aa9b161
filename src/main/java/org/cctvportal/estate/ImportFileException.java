package org.cctvportal.estate;

/** A file that cannot be read as rows at all (size, encoding, delimiter, header): one message, nothing stored. */
public class ImportFileException extends RuntimeException {

    private final int status;

    public ImportFileException(String message) {
        this(400, message);
    }

    public ImportFileException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
