package org.cctvportal.estate;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The rows of a stored file for a commit's chunks, read once: a thread of its own reads the file from the line after
 * the chunks already applied and hands the rows over as the chunks take them, at most {@value #AHEAD} ahead, so each
 * chunk goes on where the last one stopped instead of reading the file again from its first line, and the reading
 * overlaps the chunk's writing. Closing it stops the reading.
 */
final class ImportRowFeed implements AutoCloseable {

    /** Rows read ahead of the chunk taking them. */
    static final int AHEAD = 1_000;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    /** The item taken from the queue and not yet handed out (a row, a failure or {@link #END}), or null. */
    private Object peeked;

    /** Stops the reading thread once the feed is closed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Starts reading the rows after line {@code afterLine} (0: from the first). */
    ImportRowFeed(byte[] bytes, String fileName, EstateImport.Subject subject, EstateImportConfig limits,
            long afterLine) {
        reader = new Thread(() -> {
            Object last = END;
            try {
                ImportFiles.read(bytes, fileName, subject, limits, afterLine, this::put);
            } catch (Stopped stopped) {
                return;
            } catch (RuntimeException failure) {
                last = failure;
            }
            try {
                put(last);
            } catch (Stopped stopped) {
                // Closed meanwhile: nobody is taking rows any more.
            }
        }, "estate-import-rows");
        reader.setDaemon(true);
        reader.start();
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** Whether the file has another row; a file found unreadable is thrown by {@link #next()}. */
    boolean hasNext() {
        return peek() != END;
    }

    /** The next row; what made the file unreadable, thrown here, on the chunk's thread. */
    ImportRow next() {
        Object item = peek();
        if (item == END) {
            throw new java.util.NoSuchElementException("no row after the file's last");
        }
        if (item instanceof RuntimeException failure) {
            throw failure;
        }
        peeked = null;
        return (ImportRow) item;
    }

    private Object peek() {
        if (peeked == null) {
            try {
                peeked = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the file's next row", e);
            }
        }
        return peeked;
    }

    @Override
    public void close() {
        reader.interrupt();
        queue.clear();
    }
}
