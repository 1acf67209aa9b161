package org.cctvportal.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a request body a route accepts when its feature publishes no {@link LargeBodyRoute} for it: forms and
 * JSON are small, whatever the server's overall limit ({@code quarkus.http.limits.max-body-size}) allows uploads.
 */
@ConfigMapping(prefix = "portal.http")
public interface BodyLimits {

    /** Largest body, in bytes, of any route that is not a published {@link LargeBodyRoute} (forms and JSON). */
    @WithDefault("1048576")
    long smallBodyMaxBytes();
}
