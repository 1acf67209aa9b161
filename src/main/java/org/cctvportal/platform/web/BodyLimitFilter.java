package org.cctvportal.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
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

    // Looked up per request: Quarkus REST makes this filter while it deploys the server, and injected there the
    // mapping was not found (SRCFG00027) once the filter also asked for the features' routes.
    @Inject
    Instance<BodyLimits> limits;

    @Inject
    Instance<LargeBodyRoute> largeRoutes;

    @ServerRequestFilter(preMatching = true)
    public void limitBody(ContainerRequestContext context) {
        String path = context.getUriInfo().getRequestUri().getRawPath();
        LargeBodyRoute large = largeRoute(context.getMethod(), path);
        long limit = large == null ? limits.get().smallBodyMaxBytes() : large.maxBytes();
        String length = context.getHeaderString("Content-Length");
        if (length == null) {
            if (context.getHeaderString("Transfer-Encoding") != null && large == null) {
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

    private LargeBodyRoute largeRoute(String method, String path) {
        for (LargeBodyRoute route : largeRoutes) {
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
