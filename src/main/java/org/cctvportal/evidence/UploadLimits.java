package org.cctvportal.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body as it streams to object storage, counted against the size limit as it passes (the store hashes
 * the parts it sends, off the request thread, so the hash is of exactly what was stored).
 */
final class UploadLimits extends FilterInputStream {

    /** The upload went over the limit: the stream stops, and the caller answers 413. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private final long limit;
    private long count;

    UploadLimits(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            passed(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            passed(n);
        }
        return n;
    }

    private void passed(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new Refused("The file is larger than the limit of " + UploadLimits.describe(limit));
        }
    }

    long count() {
        return count;
    }

    static String describe(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.UK, "%.0f MiB", bytes / (double) (1L << 20));
        }
        return String.format(java.util.Locale.UK, "%.0f KiB", Math.max(1, bytes / 1024.0));
    }
}
