package org.cctvportal.platform.jobs;

import java.util.UUID;

/**
 * A job ended, fired in the transaction that records it: the notify feature tells the person who started it.
 * {@code account} is that person's account subject (null for work nobody started).
 */
public record JobEnded(UUID jobId, String partnerId, String kind, String account, boolean succeeded,
        String message) {
}
