package org.cctvportal.platform.jobs;

import java.time.Duration;

/** The wait before trying again what failed: a first wait, doubled after each further failure, up to a most. */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failure. */
    public static Duration doubling(Duration first, Duration most, int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(most) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(most) > 0 ? most : wait;
    }
}
