package org.cctvportal.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request that carries it. Quarkus OIDC checks a token's RSA signature and
 * parses its claims afresh for each request: about a seventh of a list request's CPU. This provider runs before it
 * (a higher priority) and hands it every request it has not seen; what it returns for a bearer token of the API or the
 * pages is kept by the token's SHA-256 digest and its OIDC tenant until the token expires, and never longer than
 * {@code portal.security.verified-token-keep}. A request with the same token then gets the same identity, given the
 * request's own routing context; the augmentors run on it as on a new one. Only an exact token's digest matches: a
 * changed, forged, expired or other tenant's token goes to Quarkus OIDC as before. Session cookies are not kept here.
 * What is checked per request by the portal itself (a deactivated person, a withdrawn partner, a rate limit) is
 * unchanged.
 */
@ApplicationScoped
public class CachedBearerTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String BEARER = "Bearer ";

    /** Where Quarkus OIDC names the request's tenant before it authenticates (its {@code OidcUtils}). */
    private static final String TENANT = "tenant-id";

    @Inject
    OidcIdentityProvider oidc;

    private final VerifiedTokens<SecurityIdentity> verified;

    @Inject
    CachedBearerTokens(@ConfigProperty(name = "portal.security.verified-token-keep", defaultValue = "60s")
            Duration keep,
            @ConfigProperty(name = "portal.security.verified-token-most", defaultValue = "1000") int most) {
        verified = new VerifiedTokens<>(keep, most);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus OIDC's provider (the default priority). */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String token = request.getToken().getToken();
        Object tenant = routing == null ? null : routing.get(TENANT);
        if (tenant == null || !(request.getToken() instanceof AccessTokenCredential) || token == null
                || !(BEARER + token).equals(routing.request().getHeader("Authorization"))) {
            return oidc.authenticate(request, context);
        }
        String key = tenant + " " + digest(token);
        // How long an entry lives is measured in real time, not the portal's clock: the token's expiry is real.
        SecurityIdentity known = verified.get(key, Instant.now());
        if (known != null) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                    .addAttribute(RoutingContext.class.getName(), routing).build());
        }
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt
                    && jwt.getExpirationTime() > 0) {
                verified.put(key, identity, Instant.ofEpochSecond(jwt.getExpirationTime()), Instant.now());
            }
        });
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
