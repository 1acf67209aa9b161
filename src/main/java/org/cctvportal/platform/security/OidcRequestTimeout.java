package org.cctvportal.platform.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcRequestFilter;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every request the portal makes to Keycloak's OpenID Connect endpoints (the service account's token, a session's
 * code exchange and renewal, the signing keys) gives up after {@code portal.oidc.request-timeout}. Quarkus bounds
 * only the connection: a Keycloak that accepts the connection and never answers (stopped, overloaded, a half-open
 * link) would otherwise hold the request, and every people change waiting on the service account's token, forever.
 * A token request that times out fails like one refused: a people change answers that Keycloak cannot be reached,
 * and the next change asks again.
 */
@Singleton
@Unremovable
@OidcEndpoint(OidcEndpoint.Type.ALL)
public class OidcRequestTimeout implements OidcRequestFilter {

    private final long timeoutMillis;

    OidcRequestTimeout(@ConfigProperty(name = "portal.oidc.request-timeout", defaultValue = "10s") Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(timeoutMillis);
    }
}
