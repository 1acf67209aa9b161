package org.cctvportal.platform.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A page asked for by someone not signed in, while the sign-in service does not answer, shows the sign-in
 * unavailable page instead of redirecting the browser to a server that is not there. Requests with a session or a
 * token go on as usual: the portal verifies those with the keys it holds.
 */
@ApplicationScoped
public class SignInUnavailableFilter {

    /** Where the page is; public, like the signed-out page. */
    public static final String PATH = "/sign-in-unavailable";

    /** Ahead of authentication (whose redirect it replaces), after the security headers. */
    static final int PRIORITY = 10_000;

    private static final List<String> NOT_PAGES = List.of("/api/", "/q/", "/webjars/", "/static/", "/rota/feed/",
            "/rota/wall/", "/favicon.ico", "/signed-out", PATH);

    @Inject
    SignInService signIn;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext context) {
        if (!signIn.reachable() && needsSignIn(context.request())) {
            context.reroute(PATH);
            return;
        }
        context.next();
    }

    private static boolean needsSignIn(HttpServerRequest request) {
        String path = request.path();
        if (path == null || request.method() != io.vertx.core.http.HttpMethod.GET || NOT_PAGES.stream().anyMatch(path::startsWith)
                || request.getHeader("Authorization") != null) {
            return false;
        }
        return request.cookies().stream().noneMatch(cookie -> cookie.getName().startsWith("q_session"));
    }
}
