package org.cctvportal.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The request body as it streams to object storage: counted against the size limit and hashed (SHA-256) byte by
 * byte as it passes, so the hash is of exactly what was stored and nothing is buffered beyond the client's part.
 */
final class UploadLimits extends FilterInputStream {

    /** The upload went over the limit: the stream stops, and the caller answers 413. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private final long limit;
    private final MessageDigest digest = EvidenceStore.sha256();
    private long count;

    UploadLimits(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            passed(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            passed(buffer, offset, n);
        }
        return n;
    }

    private void passed(byte[] buffer, int offset, int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new Refused("The file is larger than the limit of " + UploadLimits.describe(limit));
        }
        digest.update(buffer, offset, n);
    }

    long count() {
        return count;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
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
