package org.cctvportal.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.cctvportal.platform.security.SignInService;
import org.cctvportal.platform.security.SignInUnavailableFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers on every response: a content security policy with no inline script (everything is served by the portal
 * itself), and, for an HTMX request that needs sign-in (no session, or one expired or unreadable), a 401 with an
 * {@code HX-Redirect} to the page it came from, so the browser signs in again with a full page load instead of
 * swapping Keycloak's login page into a fragment or showing nothing; while the sign-in service does not answer, the
 * {@code HX-Redirect} goes to the sign-in unavailable page instead (see {@link SignInUnavailableFilter}).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Quarkus OIDC answers 499 instead of redirecting a request it was told is JavaScript's. */
    static final int OIDC_JAVASCRIPT_REDIRECT = 499;

    /** Ahead of authentication, so refused and redirected responses get the headers too. */
    static final int FILTER_PRIORITY = 20_000;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> oidcServer;

    @Inject
    MapConfig map;

    @Inject
    SignInService signIn;

    void register(@Observes Filters filters) {
        String policy = contentSecurityPolicy();
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> onHeadersEnd(context, policy));
            context.next();
        }, FILTER_PRIORITY);
    }

    private void onHeadersEnd(RoutingContext context, String policy) {
        HttpServerResponse response = context.response();
        response.headers().set("Content-Security-Policy", policy);
        if (response.getStatusCode() == OIDC_JAVASCRIPT_REDIRECT && HtmxRequestChecker.isHtmx(context)) {
            response.setStatusCode(401);
            response.headers().set("HX-Redirect", signIn.reachable()
                    ? sameOriginPath(context.request().getHeader("HX-Current-URL")) : SignInUnavailableFilter.PATH);
        }
    }

    /** Only a path of this portal, never another site taken from a header. */
    static String sameOriginPath(String currentUrl) {
        return SameOrigin.pathOf(currentUrl, "/");
    }

    /** Images may also come from the map's tile server, and from nowhere else outside the portal. */
    private String contentSecurityPolicy() {
        String identityProvider = oidcServer.map(SecurityHeaders::origin).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: " + map.tileOrigin()
                + "; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + identityProvider;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
