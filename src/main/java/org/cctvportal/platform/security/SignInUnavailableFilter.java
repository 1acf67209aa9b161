package org.cctvportal.platform.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A page asked for by someone not signed in, while the sign-in service does not answer, shows the sign-in
 * unavailable page instead of redirecting the browser to a server that is not there. Requests with a session or a
 * token go on as usual: the portal verifies those with the keys it holds. A session the portal cannot use any more
 * (its tokens expired and need renewing, which only the sign-in service can do) would be redirected to the sign-in
 * service like a new visitor: while it does not answer, that redirect becomes one to the sign-in unavailable page,
 * and once it answers again the same browser signs in as usual, without the portal being restarted. An HTMX request
 * in either case gets a 401 with {@code HX-Redirect} to the sign-in unavailable page (here when it has no session;
 * in {@code SecurityHeaders} when its session needs renewing), since HTMX shows no error page it is answered with.
 */
@ApplicationScoped
public class SignInUnavailableFilter {

    /** Where the page is; public, like the signed-out page. */
    public static final String PATH = "/sign-in-unavailable";

    /** Ahead of authentication (whose redirect it replaces), after the security headers. */
    static final int PRIORITY = 10_000;

    /** The path of an OpenID Connect authorization endpoint on Keycloak, where a sign-in starts. */
    private static final String AUTHORIZATION = "/protocol/openid-connect/auth";

    private static final List<String> NOT_PAGES = List.of("/api/", "/q/", "/webjars/", "/static/", "/rota/feed/",
            "/rota/wall/", "/disclosure/", "/favicon.ico", "/signed-out", PATH);

    @Inject
    SignInService signIn;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext context) {
        if (!signIn.reachable()) {
            if (needsSignIn(context.request())) {
                if (isHtmx(context.request())) {
                    // HTMX swaps no error page into a fragment: it follows HX-Redirect with a full page load.
                    context.response().setStatusCode(401).putHeader("HX-Redirect", PATH)
                            .putHeader("Retry-After", "30").end();
                } else {
                    context.reroute(PATH);
                }
                return;
            }
            if (isPage(context.request())) {
                context.addHeadersEndHandler(ignored -> keepOffSignIn(context.response()));
            }
        }
        context.next();
    }

    /** A redirect to the sign-in service's authorization endpoint goes to the page that says it is away instead. */
    private static void keepOffSignIn(HttpServerResponse response) {
        String location = response.headers().get("Location");
        if (response.getStatusCode() == 302 && location != null && location.contains(AUTHORIZATION)) {
            response.setStatusCode(303);
            response.headers().set("Location", PATH);
            response.headers().set("Retry-After", "30");
        }
    }

    private static boolean isPage(HttpServerRequest request) {
        String path = request.path();
        return path != null && request.getHeader("Authorization") == null
                && NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    private static boolean isHtmx(HttpServerRequest request) {
        return "true".equalsIgnoreCase(request.getHeader("HX-Request"));
    }

    /** A page (or, from HTMX, any request to a page's address) asked for with neither a session nor a token. */
    private static boolean needsSignIn(HttpServerRequest request) {
        String path = request.path();
        boolean asks = request.method() == io.vertx.core.http.HttpMethod.GET || isHtmx(request);
        if (path == null || !asks || NOT_PAGES.stream().anyMatch(path::startsWith)
                || request.getHeader("Authorization") != null) {
            return false;
        }
        return request.cookies().stream().noneMatch(cookie -> cookie.getName().startsWith("q_session"));
    }
}
