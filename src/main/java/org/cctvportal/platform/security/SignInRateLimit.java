package org.cctvportal.platform.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;

/**
 * The routes a stranger can call over and over without an account: sign-in (which sends the browser to Keycloak) and
 * the secret links (a calendar feed, a wall screen, a disclosure package's share), where guessing is the attack. Each
 * client address gets {@code portal.rate-limits.sign-in-requests} a period, then 429 with {@code Retry-After}, before
 * any sign-in or database work. The address is the one the load balancer forwarded, where the portal trusts it.
 */
@ApplicationScoped
public class SignInRateLimit {

    static final List<String> PREFIXES = List.of("/rota/feed/", "/rota/wall/", "/disclosure/");
    static final String LOGIN = "/login";

    /** Ahead of authentication and of every other filter of the portal's. */
    private static final int FILTER_PRIORITY = 30_000;

    @Inject
    RateLimits limits;

    void register(@Observes Filters filters) {
        filters.register(this::limit, FILTER_PRIORITY);
    }

    private void limit(RoutingContext context) {
        String path = context.normalizedPath();
        if (!LOGIN.equals(path) && PREFIXES.stream().noneMatch(path::startsWith)) {
            context.next();
            return;
        }
        String address = context.request().remoteAddress() == null ? "unknown"
                : context.request().remoteAddress().host();
        OptionalLong wait = limits.take(RateLimits.Kind.SIGN_IN, address);
        if (wait.isEmpty()) {
            context.next();
            return;
        }
        context.response().setStatusCode(429).putHeader("Retry-After", Long.toString(wait.getAsLong()))
                .putHeader("Content-Type", "text/plain; charset=UTF-8")
                .end("Too many requests from your address. Try again in " + wait.getAsLong() + " seconds.");
    }
}
