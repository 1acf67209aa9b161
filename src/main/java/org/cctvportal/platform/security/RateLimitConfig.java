package org.cctvportal.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many requests a caller may make in each period before the portal answers 429 ({@code portal.rate-limits.*}). */
@ConfigMapping(prefix = "portal.rate-limits")
public interface RateLimitConfig {

    /** The period every limit below counts over; a caller's allowance refills evenly across it. */
    @WithDefault("1m")
    Duration period();

    /** API requests a person's token (one subject of one client) may make in a period. */
    @WithDefault("600")
    int apiRequests();

    /** API requests a machine client (one {@code azp} of the portal's machine clients) may make in a period. */
    @WithDefault("300")
    int machineClientRequests();

    /** Requests to the sign-in and secret-link routes one client address may make in a period. */
    @WithDefault("60")
    int signInRequests();

    /** Buckets kept before the full ones (callers idle for a whole period) are dropped. */
    @WithDefault("10000")
    int keptCallers();
}
