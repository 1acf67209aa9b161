package org.cctvportal.platform.web;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells Quarkus OIDC that an HTMX request must not be redirected to Keycloak (see {@link SecurityHeaders}). */
@ApplicationScoped
public class HtmxRequestChecker implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return isHtmx(context);
    }

    static boolean isHtmx(RoutingContext context) {
        return "true".equalsIgnoreCase(context.request().getHeader("HX-Request"));
    }
}
