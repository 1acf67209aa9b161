package org.cctvportal.platform.jobs;

/**
 * A figure of every partner that an alert rule watches, published by the feature that owns its rows and kept as a
 * gauge by {@link PlatformGauges}.
 */
public interface PlatformCount {

    /** The meter's name, such as {@code portal.outbox.dead.letters}. */
    String name();

    String description();

    /** The figure now: called at platform scope, inside a transaction of its own. */
    long count();
}
