package org.cctvportal.evidence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;

/**
 * Footage streaming out of the portal that stops when the caller's right to it ends: at most once per
 * {@link #EVERY_NANOS} of streaming the release is checked again (a share revoked or expired, an operator's access
 * ended, the item disposed of), and the stream is cut off when it no longer holds. A download in progress therefore
 * stops within a second or so of the revocation, however large the file.
 */
final class ReleaseGuard extends FilterOutputStream {

    /** Stopped because the release no longer holds: the response is cut off, the client sees an incomplete body. */
    static final class Ended extends IOException {
        Ended() {
            super("The caller's access to the evidence ended during the download");
        }
    }

    static final long EVERY_NANOS = 1_000_000_000L;

    private final BooleanSupplier stillReleased;
    private long lastCheck = System.nanoTime();

    ReleaseGuard(OutputStream out, BooleanSupplier stillReleased) {
        super(out);
        this.stillReleased = stillReleased;
    }

    @Override
    public void write(int b) throws IOException {
        check();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        out.write(b, off, len);
    }

    private void check() throws IOException {
        long now = System.nanoTime();
        if (now - lastCheck >= EVERY_NANOS) {
            lastCheck = now;
            if (!stillReleased.getAsBoolean()) {
                throw new Ended();
            }
        }
    }
}
