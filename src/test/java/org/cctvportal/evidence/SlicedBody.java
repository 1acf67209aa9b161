package org.cctvportal.evidence;

import java.io.InputStream;

/** A body sent in 64 KiB slices that runs {@code at} once, when {@code cut} bytes have gone. */
final class SlicedBody extends InputStream {

    private final byte[] bytes;
    private final int cut;
    private final Runnable at;
    private int sent;
    private boolean done;

    SlicedBody(byte[] bytes, int cut, Runnable at) {
        this.bytes = bytes;
        this.cut = cut;
        this.at = at;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (sent >= bytes.length) {
            return -1;
        }
        if (sent >= cut && !done) {
            done = true;
            at.run();
        }
        int n = Math.min(length, Math.min(64 * 1024, bytes.length - sent));
        System.arraycopy(bytes, sent, buffer, offset, n);
        sent += n;
        return n;
    }
}
