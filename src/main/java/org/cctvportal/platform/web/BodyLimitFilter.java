package org.cctvportal.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body larger than its route accepts from its declared length, before any of it is read or spooled to
 * disk: the routes that features publish as {@link LargeBodyRoute}s (evidence uploads, estate imports) up to their own
 * limit, every other route {@link BodyLimits#smallBodyMaxBytes()}. A body of undeclared length (chunked) cannot be
 * judged before it is read, so only those large routes accept one (some clients send a multipart form chunked;
 * browsers declare the length); it is then limited by the server's overall limit while it is read, and by the
 * feature's own check after.
 */
public class BodyLimitFilter {

    // Looked up on the first request that has a body, then kept (neither changes while the portal runs): Quarkus REST
    // makes this filter while it deploys the server, and injected there the mapping was not found (SRCFG00027) once
    // the filter also asked for the features' routes.
    @Inject
    Instance<BodyLimits> limits;

    @Inject
    Instance<LargeBodyRoute> largeRoutes;

    private volatile Limits resolved;

    /** The small routes' limit and the features' large routes, as resolved once. */
    private record Limits(long smallBodyMaxBytes, List<LargeBodyRoute> largeRoutes) {
    }

    @ServerRequestFilter(preMatching = true)
    public void limitBody(ContainerRequestContext context) {
        String length = context.getHeaderString("Content-Length");
        String chunked = context.getHeaderString("Transfer-Encoding");
        if (length == null && chunked == null) {
            return; // no body: nothing to judge (most requests, every GET a browser sends)
        }
        Limits known = limits();
        String path = context.getUriInfo().getRequestUri().getRawPath();
        LargeBodyRoute large = largeRoute(known, context.getMethod(), path);
        long limit = large == null ? known.smallBodyMaxBytes() : large.maxBytes();
        if (length == null) {
            if (large == null) {
                throw new RefusedInputException(411, null, "Send this request with its length (Content-Length):"
                        + " only uploads may be sent without one");
            }
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new RefusedInputException(400, null, "The request's Content-Length is not a number");
        }
        if (bytes > limit) {
            throw new RefusedInputException(413, null, "The request is " + size(bytes) + "; this page accepts at most "
                    + size(limit));
        }
    }

    private Limits limits() {
        Limits known = resolved;
        if (known == null) {
            known = new Limits(limits.get().smallBodyMaxBytes(), largeRoutes.stream().toList());
            resolved = known;
        }
        return known;
    }

    private static LargeBodyRoute largeRoute(Limits known, String method, String path) {
        for (LargeBodyRoute route : known.largeRoutes()) {
            if (route.matches(method, path)) {
                return route;
            }
        }
        return null;
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.UK, "%,d bytes", bytes)
                : String.format(Locale.UK, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
