package org.cctvportal.platform.web;

import java.util.regex.Pattern;

/**
 * A route that takes a larger body than the portal's small default, published by the feature that owns it (as a CDI
 * bean): its method, its raw path, and the most it accepts. Such a route may also be sent without a declared length
 * (chunked), as uploads are; it is then held to the server's overall limit while it is read.
 */
public record LargeBodyRoute(String method, Pattern path, long maxBytes) {

    /** For a route that accepts whatever the server's overall limit ({@code quarkus.http.limits.max-body-size}) does. */
    public static final long SERVER_LIMIT = Long.MAX_VALUE;

    boolean matches(String requestMethod, String rawPath) {
        return method.equals(requestMethod) && path.matcher(rawPath).matches();
    }
}
