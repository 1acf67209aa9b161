package org.cctvportal.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a request body each route accepts. Evidence uploads may be as large as the server's overall limit
 * ({@code quarkus.http.limits.max-body-size}); estate imports as large as their file limit; everything else small.
 */
@ConfigMapping(prefix = "portal.http")
public interface BodyLimits {

    /** Largest body, in bytes, of any route other than evidence uploads and estate imports (forms and JSON). */
    @WithDefault("1048576")
    long smallBodyMaxBytes();
}
