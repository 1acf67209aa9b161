package org.cctvportal.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.OptionalLong;
import org.cctvportal.platform.web.ErrorMapper.ApiError;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Each API caller's allowance: one per token subject and client ({@code azp}), so every person and every machine
 * client has its own, machine clients ({@code mc-...}) with theirs ({@code portal.rate-limits.machine-client-requests}).
 * Past it: 429 with {@code Retry-After} and the API's error shape, before any other work.
 */
@ApplicationScoped
public class ApiRateLimit {

    /** The prefix of every machine client's Keycloak client id, and so of the {@code azp} of its tokens. */
    public static final String MACHINE_CLIENT_PREFIX = "mc-";

    @Inject
    SecurityIdentity identity;

    @Inject
    RateLimits limits;

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER)
    public Response limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("/api/") || path.startsWith("api/")) || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String azp = jwt.getClaim("azp") == null ? "" : jwt.getClaim("azp").toString();
        RateLimits.Kind kind = azp.startsWith(MACHINE_CLIENT_PREFIX) ? RateLimits.Kind.MACHINE_CLIENT
                : RateLimits.Kind.API;
        OptionalLong wait = limits.take(kind, azp + " " + jwt.getSubject());
        if (wait.isEmpty()) {
            return null;
        }
        String message = "Too many requests: this client's allowance is used up. Try again in " + wait.getAsLong()
                + " seconds";
        return Response.status(429).header("Retry-After", wait.getAsLong()).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(429, message, Map.of())).build();
    }
}
