package org.cctvportal.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A platform admin works in the service operator's console and nowhere else: every other page and API route refuses
 * the role with 403, whatever that route's own roles say, so a partner route that admits every signed-in person
 * (its estate list, its profile) never answers the service's staff. The shell stays open to them: home (which leads
 * to the console), signing in and out, and who they are.
 */
public class ServiceOperatorBoundary {

    /** The console's pages and API. */
    static final Set<String> CONSOLE = Set.of("/platform/", "/api/v1/platform/");

    /** The shell every signed-in person has. */
    static final Set<String> SHELL = Set.of("/", "/login", "/signed-out", "/sign-in-unavailable", "/api/v1/me");

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void keepToTheConsole(ContainerRequestContext request) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.PLATFORM_ADMIN)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (CONSOLE.stream().noneMatch(path::startsWith) && !SHELL.contains(path)) {
            throw new ForbiddenException("The service operator's platform admins work in the console only");
        }
    }
}
